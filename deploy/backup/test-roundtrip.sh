#!/usr/bin/env bash
# Backup/restore round trip against a real, throwaway PostgreSQL 15 cluster:
#   provision roles + schemas with the production init script, apply every service's Flyway
#   migrations as its own role, seed a probe table with awkward values in every schema, back up,
#   drop every schema, restore all, and compare row counts and content checksums of every table;
#   then restore one schema alone, check ownership and privileges, retention, and a tampered dump.
#
# Needs: the PostgreSQL 15 client (psql, pg_dump, pg_restore: Debian package postgresql-client-15)
# and server binaries: PG_BIN, else /usr/lib/postgresql/15/bin (Debian package postgresql-15),
# else the zonky embedded-postgres binaries the Maven build already put into ~/.m2.
# The cluster listens only on a Unix socket in a temp dir: no port, no clash with other runs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/macai-backup-test.XXXXXX)
chmod 755 "$work"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: expected [$2], got [$3]"; fi
}

# ---- a throwaway PostgreSQL 15 ------------------------------------------------------------------
source "$repo/deploy/lib/throwaway-postgres.sh"
trap 'throwaway_pg_stop; rm -rf "$work"' EXIT
throwaway_pg_start "$work" || exit 1
echo "backup round trip: PostgreSQL from $THROWAWAY_PG_BIN, client $(psql --version | awk '{print $3}')"

# ---- provision exactly as production does -------------------------------------------------------
throwaway_pg_provision
check "init script creates the five schemas" "auth catalog chat image song" \
  "$(psql -XAtq -c "SELECT string_agg(nspname, ' ' ORDER BY nspname) FROM pg_namespace
                    WHERE nspname IN ('auth','catalog','chat','image','song')")"
# Running it twice must be harmless (it is how a new service's schema is added later).
throwaway_pg_provision && pass "init script is idempotent"

schemas=(auth catalog chat image song)

# Every service's real migrations, applied as its own role (as Flyway does at start-up).
throwaway_pg_apply_migrations || fail "a Flyway migration failed"

# A probe table per schema with values a dump must carry faithfully: NULLs, quotes, newlines,
# non-ASCII text, bytea, jsonb, timestamptz, a sequence, and a partial index.
for schema in "${schemas[@]}"; do
  # shellcheck disable=SC1111 # the typographic quotes are test data
  psql -XAq -v ON_ERROR_STOP=1 >/dev/null <<SQL
SET ROLE ${schema}_service;
CREATE TABLE $schema.roundtrip_probe (
  id bigserial PRIMARY KEY,
  ref uuid NOT NULL,
  body text,
  payload bytea,
  doc jsonb,
  at timestamptz NOT NULL
);
CREATE INDEX roundtrip_probe_body ON $schema.roundtrip_probe (body) WHERE body IS NOT NULL;
INSERT INTO $schema.roundtrip_probe (ref, body, payload, doc, at)
SELECT md5('$schema' || i)::uuid,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'Zeile ' || i || E' – „Grüße“\n''quoted'' \\\\ tab\t$schema' END,
       decode(md5(i::text), 'hex'),
       jsonb_build_object('i', i, 'schema', '$schema', 'tags', jsonb_build_array('a', i % 3)),
       timestamptz '2020-01-01 00:00:00+00' + i * interval '37 minutes 11.123456 seconds'
FROM generate_series(1, 1500) AS i;
SQL
done

# fingerprint SCHEMA -> one line per table: name, row count, md5 of all rows in a stable order.
fingerprint() {
  local schema=$1 table
  for table in $(psql -XAtq -c "SELECT tablename FROM pg_tables WHERE schemaname = '$1' ORDER BY 1"); do
    psql -XAtq -c "SELECT '$table', count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-')
                   FROM $schema.$table t"
  done
  # The sequence must continue where it was, or the next insert collides.
  psql -XAtq -c "SELECT 'seq', last_value FROM $schema.roundtrip_probe_id_seq"
}

declare -A before
for schema in "${schemas[@]}"; do
  before[$schema]=$(fingerprint "$schema")
done
tables=$(psql -XAtq -c "SELECT count(*) FROM pg_tables WHERE schemaname IN ('auth','catalog','chat','image','song')")
rows=$(for s in "${schemas[@]}"; do echo "${before[$s]}"; done | awk -F'|' '$1 != "seq" {n += $2} END {print n}')
echo "  seeded $tables tables, $rows rows in ${#schemas[@]} schemas"

# ---- back up, with retention --------------------------------------------------------------------
export BACKUP_DIR="$work/backups"
mkdir -p "$BACKUP_DIR/20200101T000000Z" "$BACKUP_DIR/20200102T000000Z"
touch -d '8 days ago' "$BACKUP_DIR/20200101T000000Z"
touch -d '6 days ago' "$BACKUP_DIR/20200102T000000Z"
run=$("$here/backup.sh" 2>"$work/backup.log") || { cat "$work/backup.log"; fail "backup.sh exited non-zero"; }
check "backup writes one compressed dump per schema" "auth.dump catalog.dump chat.dump image.dump song.dump" \
  "$(cd "$run" && ls -- *.dump | tr '\n' ' ' | sed 's/ $//')"
check "dumps are pg_dump custom format (compressed)" "PGDMP" "$(head -c 5 "$run/chat.dump")"
check "retention deletes the 8-day-old run" "absent" "$([[ -e $BACKUP_DIR/20200101T000000Z ]] && echo present || echo absent)"
check "retention keeps the 6-day-old run" "present" "$([[ -e $BACKUP_DIR/20200102T000000Z ]] && echo present || echo absent)"
rmdir "$BACKUP_DIR/20200102T000000Z"

# ---- disaster: every schema gone; restore all ---------------------------------------------------
for schema in "${schemas[@]}"; do
  psql -XAq -c "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
done
check "schemas are gone before restore" "0" \
  "$(psql -XAtq -c "SELECT count(*) FROM pg_namespace WHERE nspname IN ('auth','catalog','chat','image','song')")"
"$here/restore.sh" all 2>"$work/restore.log" || { cat "$work/restore.log"; fail "restore.sh all exited non-zero"; }
for schema in "${schemas[@]}"; do
  check "restore all: $schema has the same rows and checksums" "${before[$schema]}" "$(fingerprint "$schema")"
done

# The service role still owns and can use its restored tables (and only its own).
check "restored tables belong to the service role" "chat_service" \
  "$(psql -XAtq -c "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'chat'")"
check "the service role reads its restored schema" "1500" \
  "$(psql -XAtq -c "SET ROLE song_service; SELECT count(*) FROM song.roundtrip_probe")"
if psql -XAtq -c "SET ROLE song_service; SELECT count(*) FROM chat.roundtrip_probe" >/dev/null 2>&1; then
  fail "song_service must not read chat's restored tables"
else
  pass "another service's role still cannot read the restored schema"
fi
next_id=$(psql -XAtq -c "SET ROLE catalog_service; INSERT INTO catalog.roundtrip_probe (ref, at)
                         VALUES (gen_random_uuid(), now()) RETURNING id")
check "the restored sequence continues after the last id" "1501" "${next_id%% *}"

# ---- restore one schema, leave the others alone -------------------------------------------------
psql -XAq -c "DELETE FROM catalog.roundtrip_probe WHERE id > 100; DELETE FROM chat.roundtrip_probe WHERE id > 10" >/dev/null
chat_changed=$(fingerprint chat)
"$here/restore.sh" catalog 2>>"$work/restore.log" || { cat "$work/restore.log"; fail "restore.sh catalog exited non-zero"; }
check "restore catalog: catalog is back as backed up" "${before[catalog]}" "$(fingerprint catalog)"
check "restore catalog: chat is untouched" "$chat_changed" "$(fingerprint chat)"

# ---- refusals -----------------------------------------------------------------------------------
if "$here/restore.sh" nosuchschema 2>/dev/null; then fail "restore of an unknown schema must fail"; else pass "restore of an unknown schema fails"; fi
printf 'x' >>"$run/song.dump"
if "$here/restore.sh" song 2>/dev/null; then fail "a tampered dump must be refused"; else pass "a tampered dump is refused (SHA256SUMS)"; fi
check "a refused restore leaves the schema as it was" "1500" "$(psql -XAtq -c "SELECT count(*) FROM song.roundtrip_probe")"

# ---- file stores (images, song audio) -----------------------------------------------------------
export BACKUP_DIR="$work/backups-files"
images="$work/store/images"
audio="$work/store/song-audio"
mkdir -p "$images/user-a" "$images/user-b" "$audio/song-1"
head -c 70000 /dev/urandom >"$images/user-a/one.png"
head -c 30000 /dev/urandom >"$images/user-a/two.png"
head -c 50000 /dev/urandom >"$images/user-b/three.png"
head -c 20000 /dev/urandom >"$audio/song-1/choice-0.mp3"
export BACKUP_FILES="images=$images song-audio=$audio missing=$work/store/nothing-here"
store_sums() { (cd "$1" && find . -type f -exec sha256sum {} + | LC_ALL=C sort -k2); }

first=$("$here/backup.sh" 2>"$work/backup-files.log") || { cat "$work/backup-files.log"; fail "backup.sh with BACKUP_FILES exited non-zero"; }
check "files: the first run copies every image" "$(store_sums "$images")" "$(store_sums "$first/files/images")"
check "files: and every audio file" "$(store_sums "$audio")" "$(store_sums "$first/files/song-audio")"
check "files: a store that does not exist is skipped, not fatal" "absent" \
  "$([[ -e $first/files/missing ]] && echo present || echo absent)"

# The next night: one image deleted, one added. The run mirrors the store; unchanged files are
# hard links to the previous run, so a night costs only what is new.
sleep 1 # the runs are named by the second
rm "$images/user-a/two.png"
head -c 40000 /dev/urandom >"$images/user-b/four.png"
second=$("$here/backup.sh" 2>>"$work/backup-files.log") || { cat "$work/backup-files.log"; fail "second backup.sh exited non-zero"; }
check "files: the second run mirrors the store (deleted gone, new there)" "$(store_sums "$images")" \
  "$(store_sums "$second/files/images")"
check "files: an unchanged image is a hard link to the previous run" "$(stat -c %i "$first/files/images/user-a/one.png")" \
  "$(stat -c %i "$second/files/images/user-a/one.png")"
check "files: the previous run still holds what it held" "present" \
  "$([[ -f $first/files/images/user-a/two.png ]] && echo present || echo absent)"
expected_images=$(store_sums "$images")
expected_audio=$(store_sums "$audio")

# Disaster: the stores are lost; restore files (the newest run) puts them back, owner and all.
rm -rf "$work/store"
"$here/restore.sh" files 2>>"$work/restore.log" || { cat "$work/restore.log"; fail "restore.sh files exited non-zero"; }
check "files: restore puts every image back" "$expected_images" "$(store_sums "$images")"
check "files: restore puts every audio file back" "$expected_audio" "$(store_sums "$audio")"

# A damaged run is refused before anything is copied.
rm -rf "$work/store"
truncate -s 10 "$second/files/song-audio/song-1/choice-0.mp3"
if "$here/restore.sh" files 2>/dev/null; then fail "a damaged file store must be refused"; else pass "a damaged file store is refused (size list)"; fi
check "files: a refused restore copies nothing" "absent" "$([[ -e $images ]] && echo present || echo absent)"
unset BACKUP_FILES

echo "backup-roundtrip: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
