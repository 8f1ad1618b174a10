#!/usr/bin/env bash
# Imports the original Python system's data (one PostgreSQL database, schema public) into the
# services' schemas of the Mac AI database, and its image files into image-service's storage.
# Idempotent: a second run inserts and changes nothing. --dry-run reports what would happen and
# changes nothing at all (no rows, no files).
#
#   deploy/migrate/import.sh --source "postgresql://old:pw@oldhost:5432/mac_ai" \
#       --default-user owner@example.com --images-dir /old/app/static/images \
#       --image-storage-dir /var/lib/docker/volumes/mac-ai_images/_data --dry-run
#
# Options:
#   --source CONNINFO        the original database (libpq URL or "key=value" string); required
#   --target CONNINFO        the Mac AI database as a superuser [PG* variables, PGDATABASE=macai]
#   --default-user EMAIL|ID  owner of rows without user_id (an account in auth.users, e.g. one
#                            imported from the original users table); required if such rows exist
#   --images-dir DIR         the original system's images directory (files found by file name)
#   --image-storage-dir DIR  image-service's IMAGE_STORAGE_DIR; files go to imported/<name>
#   --dry-run                report only
#
# Start every service once before importing: Flyway creates the target tables. A target table
# that does not exist is skipped and reported. Run it with the services stopped or idle.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_db="" target_db="" default_user="" images_dir="" storage_dir="" dry_run=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --source) source_db=$2; shift 2 ;;
    --target) target_db=$2; shift 2 ;;
    --default-user) default_user=$2; shift 2 ;;
    --images-dir) images_dir=$2; shift 2 ;;
    --image-storage-dir) storage_dir=$2; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    *) echo "import: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
[[ -n $source_db ]] || { echo "import: --source is required" >&2; exit 2; }
if [[ -n $images_dir && ! -d $images_dir ]]; then echo "import: no directory $images_dir" >&2; exit 2; fi
if [[ -n $images_dir && -z $storage_dir && $dry_run == false ]]; then
  echo "import: --images-dir needs --image-storage-dir" >&2; exit 2
fi

export PGDATABASE=${PGDATABASE:-macai}
src() { psql -XAtq -v ON_ERROR_STOP=1 -d "$source_db" "$@"; }
dst() { export PGOPTIONS="-c client_min_messages=warning"; if [[ -n $target_db ]]; then psql -XAtq -v ON_ERROR_STOP=1 -d "$target_db" "$@"; else psql -XAtq -v ON_ERROR_STOP=1 "$@"; fi; }
log() { echo "import: $*" >&2; }

exists_target() { [[ $(dst -c "SELECT to_regclass('$1') IS NOT NULL") == t ]]; }

TABLES=(users song_sketches songs song_choices generated_images prompt_templates conversations
  messages messages_archive equipment lyric_parsing_rules api_costs_monthly)

work=$(mktemp -d)
cleanup() {
  dst -c "DROP SCHEMA IF EXISTS import_src CASCADE; DROP SCHEMA IF EXISTS import_expected CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# ---- 1. stage the original tables in import_src (same columns; enums and domains as text) ------
dst -c "DROP SCHEMA IF EXISTS import_src CASCADE; CREATE SCHEMA import_src" >/dev/null
staged=()
for table in "${TABLES[@]}"; do
  if [[ $(src -c "SELECT to_regclass('public.$table') IS NOT NULL") != t ]]; then
    log "the original database has no table $table, skipped"
    continue
  fi
  columns=$(src -c "
    SELECT string_agg(format('%I %s', a.attname,
             CASE WHEN t.typtype IN ('e', 'd') OR t.typnamespace <> 'pg_catalog'::regnamespace
                  THEN 'text' ELSE format_type(a.atttypid, a.atttypmod) END), ', ' ORDER BY a.attnum)
    FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
    WHERE a.attrelid = 'public.$table'::regclass AND a.attnum > 0 AND NOT a.attisdropped")
  dst -c "CREATE TABLE import_src.$table ($columns)" >/dev/null
  src -c "\\copy public.$table TO STDOUT WITH (FORMAT csv)" >"$work/$table.csv"
  dst -c "\\copy import_src.$table FROM '$work/$table.csv' WITH (FORMAT csv)" >/dev/null
  staged+=("$table")
done

# Columns the mapping expects (original-schema.sql) but this database lacks are added empty, so an
# older or slightly different original schema still imports; each one is reported.
dst >/dev/null <<SQL
DROP SCHEMA IF EXISTS import_expected CASCADE;
CREATE SCHEMA import_expected;
SET search_path = import_expected;
$(cat "$here/original-schema.sql")
SQL
while IFS='|' read -r table column type; do
  log "the original table $table has no column $column: imported as empty"
  dst -c "ALTER TABLE import_src.$table ADD COLUMN \"$column\" $type" >/dev/null
done < <(dst -c "
  SELECT e.table_name, e.column_name,
         CASE WHEN e.data_type = 'USER-DEFINED' THEN 'text' ELSE format_type(a.atttypid, a.atttypmod) END
  FROM information_schema.columns e
  JOIN pg_attribute a ON a.attrelid = format('import_expected.%I', e.table_name)::regclass
                     AND a.attname = e.column_name
  WHERE e.table_schema = 'import_expected'
    AND to_regclass(format('import_src.%I', e.table_name)) IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM information_schema.columns s
                    WHERE s.table_schema = 'import_src' AND s.table_name = e.table_name
                      AND s.column_name = e.column_name)
  ORDER BY e.table_name, e.ordinal_position")
dst -c "DROP SCHEMA import_expected CASCADE" >/dev/null

# ---- 2. find the image files: hash and size per row ---------------------------------------------
dst -c "CREATE TABLE import_src.image_files (image_id uuid PRIMARY KEY, file_name text NOT NULL,
                                              sha256 char(64) NOT NULL, bytes bigint NOT NULL)" >/dev/null
missing_files=0
if [[ -n $images_dir && " ${staged[*]} " == *" generated_images "* ]]; then
  : >"$work/image_files.csv"
  while IFS=, read -r id name; do
    file="$images_dir/$name"
    if [[ -n $name && -f $file && -s $file ]]; then
      echo "$id,$name,$(sha256sum <"$file" | cut -d' ' -f1),$(stat -c %s "$file")" >>"$work/image_files.csv"
    else
      missing_files=$((missing_files + 1))
    fi
  done < <(dst -F, -c "SELECT id, regexp_replace(coalesce(nullif(file_path, ''), local_url, ''), '^.*/', '')
                       FROM import_src.generated_images")
  dst -c "\\copy import_src.image_files FROM '$work/image_files.csv' WITH (FORMAT csv)" >/dev/null
  [[ $missing_files -eq 0 ]] || log "$missing_files image rows have no file in $images_dir: they are not imported"
fi

# ---- 3. one transaction: the sections whose source and target tables exist ----------------------
exists_source() { [[ $(dst -c "SELECT to_regclass('import_src.$1') IS NOT NULL") == t ]]; }
{
  echo "BEGIN;"
  echo "SELECT set_config('import.default_user', :'default_user', true) \\gset"
  awk '/^-- @prologue/ {on=1; next} /^-- @section/ {exit} on' "$here/import.sql"
  users_ok=false
  exists_target auth.users && users_ok=true
  while IFS= read -r header; do
    read -r _ _ target sources <<<"$header"
    include=true
    if [[ $target == *.* ]]; then
      exists_target "$target" || { log "target table $target does not exist (start its service once), skipped"; include=false; }
      for s in ${sources//,/ }; do exists_source "$s" || include=false; done
    elif [[ $users_ok == false ]]; then
      include=false
    fi
    if [[ $include == true ]]; then
      awk -v h="$header" '$0 == h {on=1; next} /^-- @(section|epilogue)/ {on=0} on' "$here/import.sql"
    fi
  done < <(grep '^-- @section ' "$here/import.sql")
  awk '/^-- @epilogue/ {on=1; next} on' "$here/import.sql"
  if [[ $dry_run == true ]]; then echo "ROLLBACK;"; else echo "COMMIT;"; fi
} >"$work/import.sql"

run_import() { dst -v default_user="$default_user" -f "$1" | grep -v '^set_config$' | sed '/^$/d'; }

# Files before rows, so that committed rows never point at missing files; but first the whole
# import once with ROLLBACK, so that a refused import (e.g. rows without owner) copies nothing.
if [[ $dry_run == false ]]; then
  sed '$ s/^COMMIT;$/ROLLBACK;/' "$work/import.sql" >"$work/check.sql"
  run_import "$work/check.sql" >/dev/null
fi
# A re-run copies only what is missing or different.
if [[ $dry_run == false && -n $images_dir && -s $work/image_files.csv ]] && exists_target image.generated_images; then
  mkdir -p "$storage_dir/imported"
  copied=0
  while IFS=, read -r _ name _ _; do
    target_file="$storage_dir/imported/$name"
    if [[ ! -e $target_file ]] || ! cmp -s "$images_dir/$name" "$target_file"; then
      cp -p "$images_dir/$name" "$target_file.part" && mv "$target_file.part" "$target_file"
      copied=$((copied + 1))
    fi
  done <"$work/image_files.csv"
  log "$copied image files copied to $storage_dir/imported"
fi

$dry_run && echo "DRY RUN: nothing is changed; this is what a real run would do"
run_import "$work/import.sql"
