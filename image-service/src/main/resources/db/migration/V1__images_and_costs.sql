-- Generated images of one user. An overlay is a new row pointing at its source image; the source
-- stays untouched. The object lives on the filesystem (file_path under IMAGE_STORAGE_DIR) or in S3
-- (s3_key), as storage_backend says; migrate-to-s3 keeps file_path when it flips a row.

CREATE TABLE generated_images (
    id                    uuid         PRIMARY KEY,
    user_id               uuid         NOT NULL,
    title                 varchar(200),
    user_prompt           text,
    prompt                text         NOT NULL,
    enhanced_prompt       text         NOT NULL,
    revised_prompt        text,
    model                 varchar(50)  NOT NULL,
    size                  varchar(10)  NOT NULL,
    quality               varchar(10)  NOT NULL,
    artistic_style        varchar(40),
    composition           varchar(40),
    lighting              varchar(40),
    color_palette         varchar(40),
    detail_level          varchar(40),
    tags                  text[]       NOT NULL DEFAULT '{}',
    starred               boolean      NOT NULL DEFAULT false,
    storage_backend       varchar(10)  NOT NULL CHECK (storage_backend IN ('filesystem', 's3')),
    file_path             text,
    s3_key                text,
    content_sha256        char(64)     NOT NULL,
    content_type          varchar(40)  NOT NULL,
    width                 integer      NOT NULL CHECK (width > 0),
    height                integer      NOT NULL CHECK (height > 0),
    bytes                 bigint       NOT NULL CHECK (bytes > 0),
    text_overlay_metadata jsonb,
    source_image_id       uuid,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CHECK (file_path IS NOT NULL OR s3_key IS NOT NULL)
);

-- The gallery: one user's images, newest first or by title.
CREATE INDEX generated_images_user_created_idx ON generated_images (user_id, created_at DESC, id);
CREATE INDEX generated_images_user_title_idx ON generated_images (user_id, lower(title), id);
CREATE INDEX generated_images_tags_idx ON generated_images USING gin (tags);
-- migrate-to-s3 walks the filesystem rows.
CREATE INDEX generated_images_backend_idx ON generated_images (storage_backend);

-- OpenAI organisation costs per calendar month (UTC), org-wide, not per user. A past month is
-- final once fetched after it ended; the current month is refetched when fetched_at is older
-- than COSTS_TTL.
CREATE TABLE api_costs_monthly (
    year        integer       NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    month       integer       NOT NULL CHECK (month BETWEEN 1 AND 12),
    total_usd   numeric(14,6) NOT NULL,
    by_model    jsonb         NOT NULL DEFAULT '{}',
    by_category jsonb         NOT NULL DEFAULT '{}',
    final       boolean       NOT NULL DEFAULT false,
    fetched_at  timestamptz   NOT NULL,
    PRIMARY KEY (year, month)
);
