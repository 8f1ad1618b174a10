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
#   BACKUP_FILES      []            file stores to copy too, as NAME=DIR pairs separated by spaces,
#                                   e.g. "images=/data/images song-audio=/data/song-audio"
#
# Output: BACKUP_DIR/<UTC timestamp>/<schema>.dump (pg_dump custom format, zlib level 6) plus
# SHA256SUMS; a run that fails leaves no directory behind, so restore.sh only ever sees whole runs.
# Each file store becomes files/<NAME>/, a full copy in which every file the previous run already
# held is a hard link to it: seven nights of 10 GB of images take 10 GB plus what was new. This
# relies on the stores being write-once (images and audio get a new name, never new content),
# and files/<NAME>.lst lists every path with its size, which restore.sh checks.
set -euo pipefail

export PGDATABASE=${PGDATABASE:-macai}
backup_dir=${BACKUP_DIR:-./backups}
read -r -a schemas <<<"${BACKUP_SCHEMAS:-auth catalog chat image song}"
read -r -a file_stores <<<"${BACKUP_FILES:-}"
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

# snapshot_files NAME DIR: files/NAME/ in this run, hard-linked to the previous run where unchanged.
snapshot_files() {
  local name=$1 dir=$2 target="$partial/files/$1" previous
  previous=$(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z' | sort | tail -n 1)
  mkdir -p "$partial/files"
  if [[ -n $previous && -d $previous/files/$name ]]; then
    cp -al "$previous/files/$name" "$target"
  else
    mkdir "$target"
  fi
  (cd "$dir" && find . -type f | LC_ALL=C sort) >"$partial/files/.source"
  (cd "$target" && find . -type f | LC_ALL=C sort) >"$partial/files/.snapshot"
  # Gone from the store: gone from this run (older runs keep them until they expire).
  LC_ALL=C comm -13 "$partial/files/.source" "$partial/files/.snapshot" | while IFS= read -r path; do
    rm -f -- "$target/$path"
  done
  # New in the store: copied. Files already linked are never rewritten, so no older run changes.
  LC_ALL=C comm -23 "$partial/files/.source" "$partial/files/.snapshot" | while IFS= read -r path; do
    mkdir -p -- "$(dirname -- "$target/$path")"
    cp -p -- "$dir/$path" "$target/$path"
  done
  rm -f "$partial/files/.source" "$partial/files/.snapshot"
  (cd "$target" && find . -type f -printf '%P\t%s\n' | LC_ALL=C sort) >"$partial/files/$name.lst"
  log "$name ($dir) -> $final/files/$name ($(wc -l <"$partial/files/$name.lst") files)"
}

name_pattern='^[a-z0-9][a-z0-9_-]*$'
for store in "${file_stores[@]}"; do
  name=${store%%=*}
  dir=${store#*=}
  [[ $store == *=* && $name =~ $name_pattern ]] || { log "BACKUP_FILES: '$store' is not NAME=DIR"; exit 2; }
  if [[ ! -d $dir ]]; then
    log "file store '$name' ($dir) does not exist, skipped"
    continue
  fi
  snapshot_files "$name" "$dir"
done

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
