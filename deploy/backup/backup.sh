#!/usr/bin/env bash
# Dumps every service schema of the Mac AI database, one compressed file per schema, and deletes
# dumps older than BACKUP_KEEP_DAYS. Safe to run while the services are up (pg_dump reads one
# consistent snapshot per schema).
#
#   PGHOST=localhost PGUSER=postgres PGPASSWORD=... deploy/backup/backup.sh
#
# Environment (defaults in brackets):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the usual libpq variables; a superuser or each schema's owner
#   PGDATABASE        [macai]
#   BACKUP_DIR        [./backups]   where the dumps go
#   BACKUP_SCHEMAS    [auth catalog chat image song]
#   BACKUP_KEEP_DAYS  [7]           dumps older than this many days are deleted after a good run
#
# Output: BACKUP_DIR/<UTC timestamp>/<schema>.dump (pg_dump custom format, zlib level 6) plus
# SHA256SUMS; a run that fails leaves no directory behind, so restore.sh only ever sees whole runs.
set -euo pipefail

export PGDATABASE=${PGDATABASE:-macai}
backup_dir=${BACKUP_DIR:-./backups}
read -r -a schemas <<<"${BACKUP_SCHEMAS:-auth catalog chat image song}"
keep_days=${BACKUP_KEEP_DAYS:-7}

log() { echo "backup: $*" >&2; }

[[ $keep_days =~ ^[0-9]+$ ]] || { log "BACKUP_KEEP_DAYS must be a whole number, got '$keep_days'"; exit 2; }
mkdir -p "$backup_dir"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
partial="$backup_dir/.$stamp.partial"
final="$backup_dir/$stamp"
trap 'rm -rf "$partial"' EXIT
mkdir -p "$partial"

dumped=0
for schema in "${schemas[@]}"; do
  # Through stdin, not -c: psql interpolates :'schema' (quoted safely) only in script input.
  exists=$(psql -XAtq -v ON_ERROR_STOP=1 -v schema="$schema" \
    <<<"SELECT 1 FROM pg_namespace WHERE nspname = :'schema'" || true)
  if [[ $exists != 1 ]]; then
    # A service that was never started has no schema yet; that is not worth failing the night for.
    log "schema '$schema' does not exist in $PGDATABASE, skipped"
    continue
  fi
  pg_dump --format=custom --compress=6 --schema="$schema" --file="$partial/$schema.dump"
  dumped=$((dumped + 1))
  log "$schema -> $final/$schema.dump ($(du -h "$partial/$schema.dump" | cut -f1))"
done

if [[ $dumped -eq 0 ]]; then
  log "no schema dumped: is PGDATABASE=$PGDATABASE right?"
  exit 1
fi

(cd "$partial" && sha256sum -- *.dump >SHA256SUMS)
mv "$partial" "$final"
trap - EXIT

# Retention: only after a good run, and never the run just written.
find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z' ! -name "$stamp" \
  -mmin +$((keep_days * 24 * 60)) -print0 |
  while IFS= read -r -d '' old; do
    log "deleting $old (older than $keep_days days)"
    rm -rf -- "$old"
  done

echo "$final"
