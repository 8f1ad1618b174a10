-- Per-user daily budget of OpenAI chat tokens (issue 17 item 4; Ollama is local and free). Usage
-- is counted per user and UTC day; each reply adds the tokens OpenAI reports with one INSERT ... ON CONFLICT DO UPDATE; a
-- request is refused up front once the day is used up. Old days stay as a record of use.
CREATE TABLE daily_budget_usage (
    user_id    uuid        NOT NULL,
    day        date        NOT NULL,
    used       bigint      NOT NULL CHECK (used >= 0),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, day)
);

-- An admin's replacement for OPENAI_CHAT_DAILY_TOKENS, the same for every user; no row = the configured
-- default. At most one row.
CREATE TABLE daily_budget_limit (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    daily_limit bigint      NOT NULL CHECK (daily_limit >= 0),
    updated_at  timestamptz NOT NULL,
    updated_by  uuid        NOT NULL
);
