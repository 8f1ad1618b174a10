-- Issue 17: failed logins are throttled per (account or email) and client address instead of
-- locking the account; the first admin needs a one-time setup token; a refresh family has an
-- absolute lifetime.

-- One row per subject and client address, plus one account-wide row per subject (address '*').
-- subject_hash is the SHA-256 of "account:<user id>" for a real account and of "email:<email>"
-- for an unknown one, so the table holds no email address in clear.
CREATE TABLE login_throttle (
    id              uuid        PRIMARY KEY,
    subject_hash    char(64)    NOT NULL,
    address         varchar(64) NOT NULL,
    failures        integer     NOT NULL DEFAULT 0,
    last_failure_at timestamptz,
    blocked_until   timestamptz,
    -- a success from this address; the account-wide ceiling does not apply to it for a while
    last_success_at timestamptz,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT login_throttle_subject_address UNIQUE (subject_hash, address)
);
CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at);

-- The per-account lock is gone (it was a weapon: anyone knowing the email could keep it locked).
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN failure_window_start;
ALTER TABLE users DROP COLUMN locked_until;

-- At most one pending first-admin setup token (SHA-256 of it), while no account exists.
CREATE TABLE setup_token (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    token_hash char(64)    NOT NULL,
    created_at timestamptz NOT NULL
);

-- When the family (the login) began: rotation never extends a family beyond it + the maximum.
ALTER TABLE refresh_tokens ADD COLUMN family_created_at timestamptz;
UPDATE refresh_tokens t
   SET family_created_at = f.started
  FROM (SELECT family_id, min(created_at) AS started FROM refresh_tokens GROUP BY family_id) f
 WHERE t.family_id = f.family_id;
ALTER TABLE refresh_tokens ALTER COLUMN family_created_at SET NOT NULL;
