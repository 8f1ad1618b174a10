-- Conversations of one user with one provider/model. current_token_count is what the last exchange
-- occupied of the window (the provider's own prompt + completion counters), for the context meter.

CREATE TABLE conversations (
    id                  uuid         PRIMARY KEY,
    user_id             uuid         NOT NULL,
    title               varchar(200) NOT NULL,
    provider            varchar(10)  NOT NULL CHECK (provider IN ('ollama', 'openai')),
    model               varchar(100) NOT NULL,
    system_context      text,
    context_window_size integer      NOT NULL CHECK (context_window_size > 0),
    current_token_count integer      NOT NULL DEFAULT 0 CHECK (current_token_count >= 0),
    archived            boolean      NOT NULL DEFAULT false,
    pinned              boolean      NOT NULL DEFAULT false,
    tags                text[]       NOT NULL DEFAULT '{}',
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);

-- The list: one user's conversations, pinned first, by recency or by title.
CREATE INDEX conversations_user_updated_idx ON conversations (user_id, pinned DESC, updated_at DESC, id);
CREATE INDEX conversations_user_title_idx ON conversations (user_id, pinned DESC, lower(title), id);
CREATE INDEX conversations_tags_idx ON conversations USING gin (tags);

CREATE TABLE messages (
    id              uuid        PRIMARY KEY,
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            varchar(10) NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content         text        NOT NULL,
    token_count     integer     NOT NULL DEFAULT 0 CHECK (token_count >= 0),
    -- failed: a user message whose reply the provider refused (the UI offers retry);
    -- incomplete: a streamed reply the client stopped listening to.
    status          varchar(10) NOT NULL DEFAULT 'complete'
                    CHECK (status IN ('complete', 'incomplete', 'failed')),
    -- true for the summary compress inserted in place of the archived messages
    summary         boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL
);

-- Paging a conversation's messages (newest page first) and building the prompt.
CREATE INDEX messages_conversation_created_idx ON messages (conversation_id, created_at, id);

-- Messages compress replaced by a summary; restore-archive moves them back unchanged.
CREATE TABLE messages_archive (
    id                 uuid        PRIMARY KEY,
    conversation_id    uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role               varchar(10) NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content            text        NOT NULL,
    token_count        integer     NOT NULL DEFAULT 0,
    status             varchar(10) NOT NULL,
    summary            boolean     NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL,
    summary_message_id uuid        NOT NULL,
    archived_at        timestamptz NOT NULL
);

CREATE INDEX messages_archive_conversation_idx ON messages_archive (conversation_id, created_at, id);
