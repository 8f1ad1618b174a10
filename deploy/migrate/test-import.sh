#!/usr/bin/env bash
# The importer against a fixture of the original system, on a throwaway PostgreSQL 15 holding
# both databases: `original` (original-schema.sql + fixture-data.sql) and `macai` (provisioned and
# migrated like production, with one account that already exists in the new system).
# Checks: the dry run changes nothing; missing --default-user is refused; a real run keeps ids,
# timestamps, Fernet tokens and Base64 replacements, attaches orphan rows, copies image files;
# a second run changes nothing. Last line: "import: N passed, N failed".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/macai-import-test.XXXXXX)

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok   $*"; }
fail() { failed=$((failed + 1)); echo "  FAIL $*"; }
check() { if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: expected [$2], got [$3]"; fi; }
q() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

source "$repo/deploy/lib/throwaway-postgres.sh"
trap 'throwaway_pg_stop; rm -rf "$work"' EXIT
throwaway_pg_start "$work" || exit 1
throwaway_pg_provision
throwaway_pg_apply_migrations || { echo "migrations failed" >&2; exit 1; }
echo "import test: PostgreSQL from $THROWAWAY_PG_BIN; target tables: $(q "SELECT string_agg(schemaname || '.' || tablename, ' ' ORDER BY 1) FROM pg_tables WHERE schemaname IN ('auth','catalog','chat','image','song')")"
has_table() { [[ $(q "SELECT to_regclass('$1') IS NOT NULL") == t ]]; }

# The original system's database.
psql -XAq -d postgres -c "CREATE DATABASE original" >/dev/null
psql -XAq -v ON_ERROR_STOP=1 -d original -f "$here/original-schema.sql" >/dev/null
psql -XAq -v ON_ERROR_STOP=1 -d original -f "$here/fixture-data.sql" >/dev/null
# An older original database without one optional column.
psql -XAq -v ON_ERROR_STOP=1 -d original -c "ALTER TABLE messages_archive DROP COLUMN summary_message_id" >/dev/null
source_db="dbname=original host=$PGHOST user=postgres"

# An account created in the new system before the import, with an email from the old one.
existing=dddddddd-0000-4000-8000-000000000001
q "INSERT INTO auth.users (id, email, password_hash, first_name, last_name, password_changed_at, created_at, updated_at)
   VALUES ('$existing', 'existing@example.com', 'x', 'Eve', 'New', now(), now(), now())" >/dev/null

# Old image files; one row points to a file that is gone.
old_images="$work/old-images" storage="$work/image-storage"
mkdir -p "$old_images" "$storage"
printf '\x89PNG fake image one' >"$old_images/img1.png"
printf '\xff\xd8 fake jpeg two' >"$old_images/img2.jpg"

fingerprint() {
  local t
  for t in $(q "SELECT schemaname || '.' || tablename FROM pg_tables
                WHERE schemaname IN ('auth','catalog','chat','image','song') ORDER BY 1"); do
    q "SELECT '$t', count(*), coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '-') FROM $t x"
  done
  find "$storage" -type f -printf '%P %s\n' | sort
}
import() { "$here/import.sh" --source "$source_db" --images-dir "$old_images" --image-storage-dir "$storage" "$@"; }

# ---- refusals and the dry run -------------------------------------------------------------------
before=$(fingerprint)
if import >"$work/no-default.log" 2>&1; then
  fail "an import with ownerless rows and no --default-user must be refused"
else
  check "ownerless rows without --default-user are refused with a hint" "1" "$(grep -c -- '--default-user' "$work/no-default.log")"
fi
check "a refused import changes nothing" "$before" "$(fingerprint)"

import --default-user owner@example.com --dry-run >"$work/dry.log" 2>&1 || { cat "$work/dry.log"; fail "dry run failed"; }
check "the dry run reports what it would insert" "1" "$(grep -c '^DRY RUN' "$work/dry.log")"
check "the dry run reports catalog.sketches 3 of 3" "3 3" "$(awk '$1 == "catalog.sketches" {print $2, $3}' "$work/dry.log")"
check "the dry run changes no row and copies no file" "$before" "$(fingerprint)"
check "a column the original database lacks is reported" "1" \
  "$(grep -c 'messages_archive has no column summary_message_id' "$work/dry.log")"
check "the dry run leaves no staging schema" "f|f" \
  "$(q "SELECT to_regnamespace('import_src') IS NOT NULL, to_regnamespace('import_expected') IS NOT NULL")"

# ---- the import ---------------------------------------------------------------------------------
import --default-user owner@example.com >"$work/run1.log" 2>&1 || { cat "$work/run1.log"; fail "import failed"; }
sed 's/^/       /' "$work/run1.log"
owner=11111111-0000-4000-8000-000000000001

check "users: new accounts keep their ids; emails are normalised" "owner@example.com second@example.com" \
  "$(q "SELECT string_agg(email, ' ' ORDER BY email) FROM auth.users WHERE id::text LIKE '11111111-%'")"
check "users: the password hash is kept" '$2b$12$KIXQJ1Oi0bS9aHk7r8pS0eQx9Yb7QyZ2m8fQyE7b5y8mN1tqk3a1e' \
  "$(q "SELECT password_hash FROM auth.users WHERE id = '$owner'")"
check "users: the superuser becomes admin, names kept" "t|Olivia|Olli" \
  "$(q "SELECT is_admin, first_name, artist_name FROM auth.users WHERE id = '$owner'")"
check "users: an existing email is not duplicated" "1" "$(q "SELECT count(*) FROM auth.users WHERE email = 'existing@example.com'")"

check "sketches: id, timestamps and normalised tags kept" "2021-04-01 08:00:00+00|{synth,night}|used" \
  "$(q "SET TIME ZONE 'UTC'; SELECT created_at, tags, workflow FROM catalog.sketches WHERE id = '22222222-0000-4000-8000-000000000001'")"
check "sketches: a row without user goes to the default user; JSON tags read" "$owner|{ambient,calm}|instrumental" \
  "$(q "SELECT user_id, tags, sketch_type FROM catalog.sketches WHERE id = '22222222-0000-4000-8000-000000000002'")"

check "equipment: Fernet tokens are copied unchanged" "gAAAAABlT0ken-password-fernet==|gAAAAABlT0ken-license-fernet==|gAAAAABlT0ken-price-fernet==" \
  "$(q "SELECT password, license_key, price FROM catalog.equipment WHERE id = 'aaaaaaaa-0000-4000-8000-000000000001'")"
check "equipment: tags de-duplicated in the user's spelling" "{DAW,Live}" \
  "$(q "SELECT software_tags FROM catalog.equipment WHERE id = 'aaaaaaaa-0000-4000-8000-000000000001'")"
check "equipment: type/status normalised, 'other' licence gets a description, owner attached" "Plugin|active|other||$owner" \
  "$(q "SELECT type, status, license_management, license_description, user_id FROM catalog.equipment WHERE id = 'aaaaaaaa-0000-4000-8000-000000000002'")"

check "rules: the Base64 replacement is copied unchanged" "XG5bQ2hvcnVzXQ==|7|section" \
  "$(q "SELECT replacement, sort_order, rule_type FROM catalog.lyric_parsing_rules WHERE id = 'bbbbbbbb-0000-4000-8000-000000000001'")"
check "rules: a seeded default of the same name is left alone" "0" \
  "$(q "SELECT count(*) FROM catalog.lyric_parsing_rules WHERE id = 'bbbbbbbb-0000-4000-8000-000000000002'")"

if has_table chat.prompt_templates; then
  check "templates: the owner's version replaces the unedited seeded default" "My tuned enhance prompt:|qwen2.5:7b|0.50|2" \
    "$(q "SELECT pre_condition, model, temperature, version FROM chat.prompt_templates WHERE category = 'images' AND action = 'enhance'")"
  check "templates: a new template keeps its id" "lyrics|haiku|f|1.20" \
    "$(q "SELECT category, action, active, temperature FROM chat.prompt_templates WHERE id = '66666666-0000-4000-8000-000000000002'")"
  check "conversations: provider, owner and defaults" "openai|$owner|Imported conversation|4096|t" \
    "$(q "SELECT provider, user_id, title, context_window_size, archived FROM chat.conversations WHERE id = '77777777-0000-4000-8000-000000000002'")"
  check "messages: content with newlines and the summary flag kept" "4|1|1" \
    "$(q "SELECT count(*), count(*) FILTER (WHERE summary), count(*) FILTER (WHERE content LIKE E'%\\n%') FROM chat.messages")"
  check "archived messages: kept, a missing summary id filled in" "2|2" \
    "$(q "SELECT count(*), count(summary_message_id) FROM chat.messages_archive")"
fi

if has_table image.generated_images; then
  check "images: rows with a file are imported, the one without is reported" "2" "$(q "SELECT count(*) FROM image.generated_images")"
  check "images: stored under imported/ with the file's hash and size" \
    "imported/img1.png|$(sha256sum <"$old_images/img1.png" | cut -d' ' -f1)|$(stat -c %s "$old_images/img1.png")|1792|1024" \
    "$(q "SELECT file_path, content_sha256, bytes, width, height FROM image.generated_images WHERE id = '55555555-0000-4000-8000-000000000001'")"
  check "images: the files are in the image storage" "$(cat "$old_images/img1.png" "$old_images/img2.jpg" | sha256sum)" \
    "$(cat "$storage/imported/img1.png" "$storage/imported/img2.jpg" | sha256sum)"
  check "images: owner attached, overlay metadata kept" "$owner|FOREST|image/jpeg" \
    "$(q "SELECT user_id, text_overlay_metadata->>'title', content_type FROM image.generated_images WHERE id = '55555555-0000-4000-8000-000000000002'")"
  check "costs: months with a category breakdown" "12.345678|{\"chat\": 2.345678, \"image\": 10.000000}|t" \
    "$(q "SELECT total_usd, by_category, final FROM image.api_costs_monthly WHERE year = 2024 AND month = 1")"
fi

if has_table song.songs; then
  check "songs: an unfinished job is imported as FAILURE (never resubmitted), Mureka id kept" "FAILURE|mureka-1002|$owner" \
    "$(q "SELECT status, mureka_task_id, user_id FROM song.songs WHERE id = '33333333-0000-4000-8000-000000000002'")"
  check "songs: an old user's song follows the account that has their email" "$existing" \
    "$(q "SELECT user_id FROM song.songs WHERE id = '33333333-0000-4000-8000-000000000003'")"
  check "songs: a UUID task id is kept" "9b2c7d1e-5f3a-4c8b-9e0d-1a2b3c4d5e6f" \
    "$(q "SELECT task_id FROM song.songs WHERE id = '33333333-0000-4000-8000-000000000001'")"
  check "choices: all three, index filled, duration in ms, invalid rating dropped" "3|183250|0|" \
    "$(q "SELECT (SELECT count(*) FROM song.song_choices), (SELECT duration_ms FROM song.song_choices WHERE id = '44444444-0000-4000-8000-000000000001'), c.choice_index, c.rating FROM song.song_choices c WHERE id = '44444444-0000-4000-8000-000000000003'")"
fi

# ---- idempotency --------------------------------------------------------------------------------
after_first=$(fingerprint)
import --default-user owner@example.com >"$work/run2.log" 2>&1 || { cat "$work/run2.log"; fail "second import failed"; }
check "a second run inserts and updates nothing" "0 0" \
  "$(awk 'NR > 1 && $1 ~ /\./ {i += $3; u += $4} END {print i + 0, u + 0}' "$work/run2.log")"
check "a second run leaves every table and file as it was" "$after_first" "$(fingerprint)"

echo "import: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
