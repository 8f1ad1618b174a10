-- The equipment inventory: music software and plug-ins with their licences (ARCHITECTURE §4).
-- password, license_key and price hold Fernet tokens (url-safe base64 text starting "gAAAAA"),
-- never plain text; the columns keep the original system's names so its rows import unchanged.

CREATE TABLE equipment (
    id                  uuid         PRIMARY KEY,
    -- the owner, from the JWT sub; auth-service's users live in another schema, so no foreign key
    user_id             uuid         NOT NULL,
    type                varchar(20)  NOT NULL CHECK (type IN ('Software', 'Plugin')),
    name                varchar(200) NOT NULL,
    version             varchar(100),
    description         varchar(10000),
    manufacturer        varchar(200),
    url                 varchar(2048),
    username            varchar(200),
    password            text,
    license_management  varchar(20)
        CHECK (license_management IN ('online', 'ilok', 'license_key', 'other')),
    license_key         text,
    license_description varchar(2000),
    purchase_date       date,
    price               text,
    system_requirements varchar(10000),
    status              varchar(20)  NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'trial', 'expired', 'archived')),
    -- trimmed, de-duplicated case-insensitively, in the user's spelling
    software_tags       text[]       NOT NULL DEFAULT '{}',
    plugin_tags         text[]       NOT NULL DEFAULT '{}',
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CHECK (license_management IS DISTINCT FROM 'other' OR license_description IS NOT NULL)
);

-- Every query is scoped by user_id, so each index leads with it. The list's search (?q=, a
-- case-insensitive substring over name, manufacturer, description and tags) cannot use a btree;
-- it filters the one user's rows these indexes already narrow to (pg_trgm would need CREATE
-- EXTENSION, which the service role may not run).

-- the default list order (?sort=created_at, newest first); single rows are found by primary key
CREATE INDEX equipment_user_created_idx ON equipment (user_id, created_at, id);
-- ?sort=name: names sort case-insensitively
CREATE INDEX equipment_user_name_idx ON equipment (user_id, lower(name), id);
-- ?sort=purchase_date
CREATE INDEX equipment_user_purchase_idx ON equipment (user_id, purchase_date, id);
