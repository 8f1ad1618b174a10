#!/usr/bin/env bash
# Restores service schemas from a backup made by backup.sh. Each schema is replaced in one
# transaction: if anything fails, the schema stays as it was.
#
#   deploy/backup/restore.sh all                    every schema in the newest backup
#   deploy/backup/restore.sh catalog                one schema from the newest backup
#   deploy/backup/restore.sh --at 20261123T033000Z chat song
#   deploy/backup/restore.sh files                  the file stores of BACKUP_FILES (NAME=DIR ...)
#
# "all" restores the file stores too when BACKUP_FILES names them. Files are copied back over the
# store (what the backup holds is put back; files made since stay).
# Stop the services whose schemas you restore first (docker compose stop catalog-service ...).
# On a fresh cluster run deploy/postgres/init-service-schemas.sh first: it creates the roles that
# own the schemas (the dumps carry ownership and grants, not the roles themselves).
#
# Environment: PGHOST, PGPORT, PGUSER (a superuser), PGPASSWORD, PGDATABASE [macai],
# BACKUP_DIR [./backups], BACKUP_FILES (as for backup.sh).
set -euo pipefail

export PGDATABASE=${PGDATABASE:-macai}
backup_dir=${BACKUP_DIR:-./backups}

log() { echo "restore: $*" >&2; }
usage() {
  echo "usage: restore.sh [--at TIMESTAMP] all|files|SCHEMA..." >&2
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

read -r -a file_stores <<<"${BACKUP_FILES:-}"
restore_files=false
schemas=()
if [[ $1 == all ]]; then
  for dump in "$run"/*.dump; do
    schemas+=("$(basename "$dump" .dump)")
  done
  [[ ${#file_stores[@]} -gt 0 ]] && restore_files=true
else
  for argument in "$@"; do
    if [[ $argument == files ]]; then
      restore_files=true
    else
      schemas+=("$argument")
    fi
  done
fi
if [[ $restore_files == true && ${#file_stores[@]} -eq 0 ]]; then
  log "set BACKUP_FILES (NAME=DIR ...) to say where the file stores go"
  exit 2
fi

identifier='^[a-z_][a-z0-9_]*$'
for schema in "${schemas[@]}"; do
  [[ $schema =~ $identifier ]] || { log "bad schema name '$schema'"; exit 2; }
  [[ -f $run/$schema.dump ]] || { log "$run has no dump of '$schema'"; exit 1; }
done

# Files: every store checked against the run's list (each path, its size) before anything changes.
if [[ $restore_files == true ]]; then
  for store in "${file_stores[@]}"; do
    name=${store%%=*}
    # backup.sh skips a store that did not exist; so does this.
    [[ -f $run/files/$name.lst ]] || continue
    [[ -d $run/files/$name ]] || { log "$run lists files of '$name' but has none"; exit 1; }
    listed=$(cd "$run/files/$name" && find . -type f -printf '%P\t%s\n' | LC_ALL=C sort)
    [[ $listed == "$(cat "$run/files/$name.lst")" ]] || { log "files of '$name' in $run do not match $name.lst"; exit 1; }
  done
fi

for schema in "${schemas[@]}"; do
  log "$schema <- $run/$schema.dump"
  # The dump recreates the schema with its owner, grants, tables, data, sequences and indexes.
  {
    echo "DROP SCHEMA IF EXISTS $schema CASCADE;"
    pg_restore --file=- "$run/$schema.dump"
  } | psql -XAq -v ON_ERROR_STOP=1 --single-transaction >/dev/null
done
restored_files=()
if [[ $restore_files == true ]]; then
  for store in "${file_stores[@]}"; do
    name=${store%%=*}
    dir=${store#*=}
    if [[ ! -f $run/files/$name.lst ]]; then
      log "$run has no files of '$name', skipped"
      continue
    fi
    mkdir -p "$dir"
    cp -a "$run/files/$name/." "$dir/"
    log "$name <- $run/files/$name ($(wc -l <"$run/files/$name.lst") files)"
    restored_files+=("files:$name")
  done
fi
log "restored ${schemas[*]} ${restored_files[*]} from $run"
