#!/usr/bin/env bash
# Creates one login role and one schema per service (ARCHITECTURE §2) by rendering
# service-schema.sql once per service with that service's password from the environment.
#
# Used as a docker-entrypoint-initdb.d hook by the postgres container of deploy/docker-compose.yml
# (runs on the first start, as the superuser, through the local socket), and by hand on an existing
# cluster - it is idempotent, so it also adds a new service's role and schema later:
#   docker compose -f deploy/docker-compose.yml exec postgres /docker-entrypoint-initdb.d/10-service-schemas.sh
#
# Environment: <SERVICE>_DB_PASSWORD for each service below (required), POSTGRES_DB (database,
# default macai), POSTGRES_USER (superuser, default postgres), SERVICE_SCHEMA_TEMPLATE (default: the
# service-schema.sql next to this script), and the usual PGHOST/PGPORT/PGPASSWORD for psql.
set -euo pipefail

# prefix:role:schema - the role names match the services' DB_USER defaults.
SERVICES=(
  AUTH:auth_service:auth
  CATALOG:catalog_service:catalog
  CHAT:chat_service:chat
  IMAGE:image_service:image
  SONG:song_service:song
)

database=${POSTGRES_DB:-macai}
superuser=${POSTGRES_USER:-postgres}
template_file=${SERVICE_SCHEMA_TEMPLATE:-$(dirname "${BASH_SOURCE[0]}")/service-schema.sql}
template=$(<"$template_file")

# Only plain identifiers: they are spliced into SQL unquoted.
identifier='^[a-z_][a-z0-9_]*$'
[[ $database =~ $identifier ]] || { echo "init-service-schemas: bad database name '$database'" >&2; exit 1; }

for entry in "${SERVICES[@]}"; do
  IFS=: read -r prefix role schema <<<"$entry"
  password_var="${prefix}_DB_PASSWORD"
  password=${!password_var:-}
  if [[ -z $password ]]; then
    echo "init-service-schemas: $password_var is not set; refusing to create $role without a password" >&2
    exit 1
  fi
  # A quote in the password is doubled so it stays inside the SQL string literal.
  sql_password=${password//\'/\'\'}
  # Quoted replacements: bash 5.2 would otherwise expand a '&' in the password to the match.
  sql=${template//'${role}'/"$role"}
  sql=${sql//'${schema}'/"$schema"}
  sql=${sql//'${database}'/"$database"}
  sql=${sql//'${password}'/"$sql_password"}
  PGOPTIONS="-c client_min_messages=warning" psql -v ON_ERROR_STOP=1 --quiet --no-psqlrc --username "$superuser" --dbname "$database" <<<"$sql"
  echo "init-service-schemas: role $role owns schema $schema in $database"
done
