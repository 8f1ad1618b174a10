#!/usr/bin/env bash
# The CloudNativePG bootstrap (base/bootstrap.sql + the Cluster's managed roles) must leave the
# database as deploy/postgres/service-schema.sql does for compose. Runs bootstrap.sql as the
# operator would (superuser, in database macai), then what managed.roles does (LOGIN + password),
# then every service's Flyway migrations as its own role, and checks the isolation rules.
# Last line: "bootstrap-sql: N passed, N failed".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/macai-cnpg-test.XXXXXX)
passed=0
failed=0
check() { if [[ $2 == "$3" ]]; then passed=$((passed + 1)); echo "  ok   $1"; else failed=$((failed + 1)); echo "  FAIL $1: expected [$2], got [$3]"; fi; }
q() { psql -XAtq -v ON_ERROR_STOP=1 -c "$1"; }

source "$repo/deploy/lib/throwaway-postgres.sh"
trap 'throwaway_pg_stop; rm -rf "$work"' EXIT
throwaway_pg_start "$work" || exit 1

psql -XAq -v ON_ERROR_STOP=1 -f "$here/base/bootstrap.sql" >/dev/null
# What CloudNativePG's managed roles do with each macai-db-<service> secret.
for s in auth catalog chat image song; do q "ALTER ROLE ${s}_service WITH LOGIN PASSWORD 'pw-$s'" >/dev/null; done

check "one schema per service, owned by its role" \
  "auth:auth_service catalog:catalog_service chat:chat_service image:image_service song:song_service" \
  "$(q "SELECT string_agg(nspname || ':' || pg_get_userbyid(nspowner), ' ' ORDER BY nspname) FROM pg_namespace
        WHERE nspname IN ('auth','catalog','chat','image','song')")"
check "each role's search_path is its schema" "5" \
  "$(q "SELECT count(*) FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
        WHERE r.rolname LIKE '%\_service' AND s.setconfig = ARRAY['search_path=' || split_part(r.rolname, '_', 1)]")"
throwaway_pg_apply_migrations && check "every service's Flyway migrations run as its own role" "ok" "ok"
if q "SET ROLE chat_service; CREATE TABLE public.sneaky (id int)" >/dev/null 2>&1; then
  check "a service role cannot create objects in public" "refused" "created"
else
  check "a service role cannot create objects in public" "refused" "refused"
fi
if q "SET ROLE chat_service; SELECT count(*) FROM catalog.lyric_parsing_rules" >/dev/null 2>&1; then
  check "a service role cannot read another service's schema" "refused" "read"
else
  check "a service role cannot read another service's schema" "refused" "refused"
fi
check "running the bootstrap again is harmless" "ok" \
  "$(psql -XAq -v ON_ERROR_STOP=1 -f "$here/base/bootstrap.sql" >/dev/null 2>&1 && echo ok || echo failed)"

echo "bootstrap-sql: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
