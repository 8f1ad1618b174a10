-- One schema and one login role per service (ARCHITECTURE §2). The role owns its schema and can
-- use nothing else: no other service's schema, no objects in public.
-- Placeholders ${role}, ${password}, ${schema} and ${database} are filled in by whoever runs this:
-- the test harness of each service, the local stack (./run) and the production init script.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role} LOGIN PASSWORD '${password}';
  ELSE
    ALTER ROLE ${role} WITH LOGIN PASSWORD '${password}';
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${role};
ALTER ROLE ${role} SET search_path = ${schema};

REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE ${database} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${role};
