-- CloudNativePG runs this once, as superuser, in the new `macai` database (postgres.yaml).
-- Same outcome as deploy/postgres/service-schema.sql per service; the passwords and LOGIN come
-- from the Cluster's managed roles, so no secret is written here.
DO $$
DECLARE
  svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['auth', 'catalog', 'chat', 'image', 'song'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = svc || '_service') THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', svc || '_service');
    END IF;
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc, svc || '_service');
    EXECUTE format('ALTER ROLE %I SET search_path = %I', svc || '_service', svc);
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE macai TO %I', svc || '_service');
  END LOOP;
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE macai FROM PUBLIC;
