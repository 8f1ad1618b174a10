-- The original Python system's tables (single `public` schema), as the importer expects them and
-- as the importer's test creates its fixture database. Column names follow the original system;
-- where its exact type is unknown, the importer reads the value as text and converts it, so
-- varchar/text/json differences do not matter. Enum columns (SQLAlchemy creates PostgreSQL enum
-- types) are read as text as well.

CREATE TYPE workflow_status AS ENUM ('draft', 'used', 'archived');

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         varchar(255) NOT NULL UNIQUE,
    username      varchar(100),
    password_hash varchar(255) NOT NULL,
    first_name    varchar(100),
    last_name     varchar(100),
    artist_name   varchar(200),
    is_active     boolean DEFAULT true,
    is_superuser  boolean DEFAULT false,
    created_at    timestamptz DEFAULT now(),
    updated_at    timestamptz
);

CREATE TABLE song_sketches (
    id          uuid PRIMARY KEY,
    user_id     uuid REFERENCES users (id),
    title       varchar(500),
    lyrics      text,
    prompt      varchar(1024),
    tags        varchar(1000),          -- comma-separated
    workflow    workflow_status DEFAULT 'draft',
    sketch_type varchar(20) DEFAULT 'song',
    created_at  timestamptz DEFAULT now(),
    updated_at  timestamptz
);

CREATE TABLE songs (
    id              uuid PRIMARY KEY,
    user_id         uuid REFERENCES users (id),
    task_id         varchar(255),       -- the original worker's task id
    mureka_task_id  varchar(255),
    sketch_id       uuid,
    title           varchar(200),
    lyrics          text,
    prompt          varchar(1024),
    model           varchar(50),
    is_instrumental boolean DEFAULT false,
    tags            varchar(1000),      -- comma-separated
    workflow        varchar(20),        -- onWork | inUse | notUsed
    status          varchar(20),        -- PENDING | PROGRESS | SUCCESS | FAILURE | CANCELLED
    progress_info   jsonb,
    error_message   text,
    created_at      timestamptz DEFAULT now(),
    updated_at      timestamptz,
    completed_at    timestamptz
);

CREATE TABLE song_choices (
    id               uuid PRIMARY KEY,
    song_id          uuid NOT NULL REFERENCES songs (id) ON DELETE CASCADE,
    mureka_choice_id varchar(255),
    choice_index     integer,
    mp3_url          text,
    flac_url         text,
    video_url        text,
    image_url        text,
    duration         double precision,  -- milliseconds
    title            varchar(200),
    tags             varchar(1000),
    rating           integer,           -- 0 | 1 | NULL
    created_at       timestamptz DEFAULT now()
);

CREATE TABLE generated_images (
    id                    uuid PRIMARY KEY,
    user_id               uuid REFERENCES users (id),
    title                 varchar(200),
    user_prompt           text,
    prompt                text NOT NULL,
    enhanced_prompt       text,
    revised_prompt        text,
    model                 varchar(50),
    size                  varchar(20),      -- 1024x1024 | 1792x1024 | 1024x1792
    quality               varchar(20),
    style                 varchar(50),
    artistic_style        varchar(50),
    composition           varchar(50),
    lighting              varchar(50),
    color_palette         varchar(50),
    detail_level          varchar(50),
    tags                  varchar(1000),    -- comma-separated
    file_path             varchar(500),     -- a path under the original images directory
    local_url             varchar(500),
    text_overlay_metadata jsonb,
    created_at            timestamptz DEFAULT now(),
    updated_at            timestamptz
);

CREATE TABLE prompt_templates (
    id             uuid PRIMARY KEY,
    category       varchar(50) NOT NULL,
    action         varchar(50) NOT NULL,
    pre_condition  text,
    post_condition text,
    description    text,
    version        varchar(20),
    model          varchar(100),
    temperature    double precision,
    max_tokens     integer,
    active         boolean DEFAULT true,
    created_at     timestamptz DEFAULT now(),
    updated_at     timestamptz,
    UNIQUE (category, action)
);

CREATE TABLE conversations (
    id                  uuid PRIMARY KEY,
    user_id             uuid REFERENCES users (id),
    title               varchar(255),
    model               varchar(100),
    model_type          varchar(20),       -- ollama | openai
    system_context      text,
    archived            boolean DEFAULT false,
    context_window_size integer,
    current_token_count integer,
    created_at          timestamptz DEFAULT now(),
    updated_at          timestamptz
);

CREATE TABLE messages (
    id              uuid PRIMARY KEY,
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role            varchar(20) NOT NULL,
    content         text NOT NULL,
    token_count     integer,
    is_summary      boolean DEFAULT false,
    created_at      timestamptz DEFAULT now()
);

CREATE TABLE messages_archive (
    id                 uuid PRIMARY KEY,
    conversation_id    uuid NOT NULL,
    role               varchar(20) NOT NULL,
    content            text NOT NULL,
    token_count        integer,
    summary_message_id uuid,
    created_at         timestamptz,
    archived_at        timestamptz DEFAULT now()
);

CREATE TABLE equipment (
    id                  uuid PRIMARY KEY,
    user_id             uuid REFERENCES users (id),
    type                varchar(20) NOT NULL,  -- Software | Plugin
    name                varchar(200) NOT NULL,
    version             varchar(100),
    description         text,
    software_tags       varchar(1000),         -- comma-separated
    plugin_tags         varchar(1000),
    manufacturer        varchar(200),
    url                 varchar(2048),
    username            varchar(200),
    password            text,                  -- Fernet token
    license_management  varchar(20),
    license_key         text,                  -- Fernet token
    license_description text,
    purchase_date       date,
    price               text,                  -- Fernet token
    system_requirements text,
    status              varchar(20),
    created_at          timestamptz DEFAULT now(),
    updated_at          timestamptz
);

CREATE TABLE lyric_parsing_rules (
    id          uuid PRIMARY KEY,
    name        varchar(200) NOT NULL,
    description text,
    pattern     text NOT NULL,
    replacement text NOT NULL,             -- Base64 of the UTF-8 replacement
    rule_type   varchar(20) NOT NULL,      -- cleanup | section
    active      boolean DEFAULT true,
    "order"     integer,
    created_at  timestamptz DEFAULT now(),
    updated_at  timestamptz
);

CREATE TABLE api_costs_monthly (
    id           uuid PRIMARY KEY,
    year         integer NOT NULL,
    month        integer NOT NULL,
    total_cost   numeric(12, 6),
    image_cost   numeric(12, 6),
    chat_cost    numeric(12, 6),
    is_finalized boolean DEFAULT false,
    last_updated timestamptz,
    UNIQUE (year, month)
);
