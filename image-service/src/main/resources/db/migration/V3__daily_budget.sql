-- Per-user daily budget of generated images (issue 17 item 4). Usage is counted per user and UTC
-- day; a reservation is one conditional INSERT ... ON CONFLICT DO UPDATE, so two concurrent
-- requests cannot both take the last image. Old days stay as a record of use.
CREATE TABLE daily_budget_usage (
    user_id    uuid        NOT NULL,
    day        date        NOT NULL,
    used       bigint      NOT NULL CHECK (used >= 0),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, day)
);

-- An admin's replacement for IMAGE_DAILY_LIMIT, the same for every user; no row = the configured
-- default. At most one row.
CREATE TABLE daily_budget_limit (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    daily_limit bigint      NOT NULL CHECK (daily_limit >= 0),
    updated_at  timestamptz NOT NULL,
    updated_by  uuid        NOT NULL
);
