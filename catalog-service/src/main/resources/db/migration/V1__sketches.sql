-- Song sketches: ideas for songs (title, lyrics, style prompt, tags), one owner each.

-- array_to_string is only STABLE; tags are plain text, so this wrapper may promise IMMUTABLE and
-- be used in the generated search column below.
CREATE FUNCTION tags_text(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_string(tags, ' ') $$;

CREATE TABLE sketches (
    id          uuid          PRIMARY KEY,
    user_id     uuid          NOT NULL,
    title       varchar(500),
    lyrics      text,
    prompt      varchar(1024) NOT NULL,
    -- trimmed, lower-case, de-duplicated by the service
    tags        text[]        NOT NULL DEFAULT '{}',
    workflow    varchar(10)   NOT NULL DEFAULT 'draft'
                              CHECK (workflow IN ('draft', 'used', 'archived')),
    sketch_type varchar(12)   NOT NULL DEFAULT 'song'
                              CHECK (sketch_type IN ('song', 'instrumental')),
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    -- Word-prefix search over every text field; 'simple' because lyrics are English and German.
    search      tsvector      GENERATED ALWAYS AS (
                    to_tsvector('simple',
                        coalesce(title, '') || ' ' || prompt || ' ' || tags_text(tags) || ' '
                        || coalesce(lyrics, ''))) STORED
);

-- Each index serves the list as the UI asks for it, always within one user's rows, in both
-- directions (read backwards for desc): the default order (newest first) and the two other keys,
CREATE INDEX sketches_user_created_idx ON sketches (user_id, created_at, id);
CREATE INDEX sketches_user_updated_idx ON sketches (user_id, updated_at, id);
CREATE INDEX sketches_user_title_idx ON sketches (user_id, title, id);
-- the search box (q) and the tag filter (tags @> ARRAY[tag]).
CREATE INDEX sketches_search_idx ON sketches USING gin (search);
CREATE INDEX sketches_tags_idx ON sketches USING gin (tags);
