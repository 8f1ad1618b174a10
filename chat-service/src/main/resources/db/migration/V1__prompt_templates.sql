-- Prompt templates: global (no user_id), read by every user, written by admins. generate-unified
-- sends pre_condition + optional context + the user's input + post_condition to the template's model.

CREATE TABLE prompt_templates (
    id             uuid          PRIMARY KEY,
    category       varchar(50)   NOT NULL CHECK (category ~ '^[a-z0-9-]{1,50}$'),
    action         varchar(50)   NOT NULL CHECK (action ~ '^[a-z0-9-]{1,50}$'),
    pre_condition  text          NOT NULL,
    post_condition text          NOT NULL DEFAULT '',
    description    varchar(1000),
    -- counts the edits: 1 on create, +1 on every update
    version        integer       NOT NULL DEFAULT 1 CHECK (version >= 1),
    model          varchar(100)  NOT NULL,
    temperature    numeric(3, 2) NOT NULL CHECK (temperature >= 0 AND temperature <= 2),
    max_tokens     integer       NOT NULL CHECK (max_tokens BETWEEN 1 AND 32768),
    active         boolean       NOT NULL DEFAULT true,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    CONSTRAINT prompt_templates_category_action_key UNIQUE (category, action)
);
