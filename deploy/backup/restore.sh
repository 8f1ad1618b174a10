#!/usr/bin/env bash
# Restores service schemas from a backup made by backup.sh. Each schema is replaced in one
# transaction: if anything fails, the schema stays as it was.
#
#   deploy/backup/restore.sh all                    every schema in the newest backup
#   deploy/backup/restore.sh catalog                one schema from the newest backup
#   deploy/backup/restore.sh --at 20261123T033000Z chat song
#
# Stop the services whose schemas you restore first (docker compose stop catalog-service ...).
# On a fresh cluster run deploy/postgres/init-service-schemas.sh first: it creates the roles that
# own the schemas (the dumps carry ownership and grants, not the roles themselves).
#
# Environment: PGHOST, PGPORT, PGUSER (a superuser), PGPASSWORD, PGDATABASE [macai],
# BACKUP_DIR [./backups].
set -euo pipefail

export PGDATABASE=${PGDATABASE:-macai}
backup_dir=${BACKUP_DIR:-./backups}

log() { echo "restore: $*" >&2; }
usage() {
  echo "usage: restore.sh [--at TIMESTAMP] all|SCHEMA..." >&2
  exit 2
}

at=""
if [[ ${1:-} == --at ]]; then
  [[ $# -ge 2 ]] || usage
  at=$2
  shift 2
fi
[[ $# -ge 1 ]] || usage

if [[ -n $at ]]; then
  run="$backup_dir/$at"
else
  # Timestamps sort as text; partial runs start with a dot and are not matched.
  run=$(find "$backup_dir" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z' | sort | tail -n 1)
fi
[[ -n $run && -d $run ]] || { log "no backup found in $backup_dir${at:+ at $at}"; exit 1; }

(cd "$run" && sha256sum --check --quiet SHA256SUMS) || { log "checksum mismatch in $run"; exit 1; }

if [[ $1 == all ]]; then
  schemas=()
  for dump in "$run"/*.dump; do
    schemas+=("$(basename "$dump" .dump)")
  done
else
  schemas=("$@")
fi

identifier='^[a-z_][a-z0-9_]*$'
for schema in "${schemas[@]}"; do
  [[ $schema =~ $identifier ]] || { log "bad schema name '$schema'"; exit 2; }
  [[ -f $run/$schema.dump ]] || { log "$run has no dump of '$schema'"; exit 1; }
done

for schema in "${schemas[@]}"; do
  log "$schema <- $run/$schema.dump"
  # The dump recreates the schema with its owner, grants, tables, data, sequences and indexes.
  {
    echo "DROP SCHEMA IF EXISTS $schema CASCADE;"
    pg_restore --file=- "$run/$schema.dump"
  } | psql -XAq -v ON_ERROR_STOP=1 --single-transaction >/dev/null
done
log "restored ${schemas[*]} from $run"
