-- auth-service owns the accounts, their refresh tokens and their UI settings (ARCHITECTURE §2).

CREATE TABLE users (
    id                   uuid         PRIMARY KEY,
    -- stored trimmed and lower-case, so the unique index makes emails case-insensitive
    email                varchar(320) NOT NULL UNIQUE,
    password_hash        varchar(100) NOT NULL,
    first_name           varchar(100) NOT NULL,
    last_name            varchar(100) NOT NULL,
    artist_name          varchar(200),
    is_admin             boolean      NOT NULL DEFAULT false,
    failed_logins        integer      NOT NULL DEFAULT 0,
    failure_window_start timestamptz,
    locked_until         timestamptz,
    password_changed_at  timestamptz  NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL
);

-- One row per refresh token ever issued. A family is one login; every rotation adds a row to it.
-- Only the SHA-256 of the secret is stored.
CREATE TABLE refresh_tokens (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    -- set when the token was exchanged for its successor; presenting it again is reuse
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE user_settings (
    user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    language   varchar(5)  NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de')),
    updated_at timestamptz NOT NULL
);
