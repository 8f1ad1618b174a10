-- Maps the original system's rows (staged by import.sh into schema import_src, same column names,
-- enums read as text) into the services' schemas. import.sh runs the prologue, then every section
-- whose target table and source tables exist, then the epilogue, in ONE transaction.
--
-- Rules: ids (UUIDs) and timestamps are kept; rows that already exist (same id, or the same
-- natural key: user email, rule name, template category+action, cost month) are left alone, so a
-- second run changes nothing; rows without a user go to the chosen user (import_ctx); Fernet
-- tokens (equipment) and Base64 replacements (lyric rules) are copied byte for byte.
-- Section header syntax: "-- @section <schema>.<table> <source table>[,<source table>...]".

-- @prologue
CREATE TEMP TABLE import_report (
    position    serial,
    target      text PRIMARY KEY,
    source_rows bigint NOT NULL,
    inserted    bigint NOT NULL,
    updated     bigint NOT NULL DEFAULT 0
) ON COMMIT DROP;

-- Tags were comma-separated text (or a JSON array) in the original system; the services keep
-- text[] trimmed and de-duplicated (lower-cased where the service lower-cases them).
CREATE FUNCTION pg_temp.tag_array(raw text, lower_case boolean) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(tag ORDER BY first_pos), '{}')
    FROM (
        SELECT DISTINCT ON (lower(tag)) tag, first_pos
        FROM (
            SELECT CASE WHEN lower_case THEN lower(btrim(t)) ELSE btrim(t) END AS tag, ord AS first_pos
            FROM unnest(CASE
                    WHEN raw IS NULL OR btrim(raw) = '' THEN '{}'::text[]
                    WHEN left(btrim(raw), 1) = '['
                        THEN ARRAY(SELECT jsonb_array_elements_text(raw::jsonb))
                    ELSE string_to_array(raw, ',')
                 END) WITH ORDINALITY AS u(t, ord)
        ) cleaned
        WHERE tag <> ''
        ORDER BY lower(tag), first_pos
    ) unique_tags
$$;

-- A stable UUID derived from text, for values the new schema requires but the old one lacked:
-- the same input gives the same UUID on every run.
CREATE FUNCTION pg_temp.uuid_from(seed text) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(seed)::uuid $$;

CREATE TEMP TABLE import_ctx (default_user uuid) ON COMMIT DROP;
INSERT INTO import_ctx VALUES (NULL);

-- Old user id -> the id in auth.users: the same id, or the account that already has that email.
CREATE TEMP TABLE user_map (old_id uuid PRIMARY KEY, new_id uuid NOT NULL) ON COMMIT DROP;

-- @section auth.users users
WITH src AS (
    SELECT s.*, lower(btrim(s.email)) AS norm_email FROM import_src.users s
), ins AS (
    INSERT INTO auth.users (id, email, password_hash, first_name, last_name, artist_name, is_admin,
                            password_changed_at, created_at, updated_at)
    SELECT id, norm_email, password_hash,
           left(coalesce(first_name, ''), 100), left(coalesce(last_name, ''), 100), left(artist_name, 200),
           coalesce(is_superuser::boolean, false),
           coalesce(updated_at, created_at, now()), coalesce(created_at, now()),
           coalesce(updated_at, created_at, now())
    FROM src
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'auth.users', (SELECT count(*) FROM import_src.users), count(*) FROM ins;

INSERT INTO user_map (old_id, new_id)
SELECT s.id, u.id
FROM import_src.users s
JOIN auth.users u ON u.email = lower(btrim(s.email));

WITH ins AS (
    INSERT INTO auth.user_settings (user_id, language, updated_at)
    SELECT DISTINCT new_id, 'en', now() FROM user_map
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'auth.user_settings', (SELECT count(DISTINCT new_id) FROM user_map), count(*) FROM ins;

-- @section default-user
-- Rows without user_id (and rows of users not imported) go to the chosen user: an email or a UUID
-- of an account in auth.users (imported above or created in the new system).
DO $$
DECLARE
    wanted text := current_setting('import.default_user', true);
    found uuid;
BEGIN
    IF coalesce(wanted, '') <> '' THEN
        SELECT id INTO found FROM auth.users
        WHERE email = lower(btrim(wanted)) OR id::text = lower(btrim(wanted));
        IF found IS NULL THEN
            RAISE EXCEPTION 'default user % is not an account in auth.users', wanted;
        END IF;
        UPDATE import_ctx SET default_user = found;
    END IF;
END
$$;

-- The owner of a row: its mapped user, else the default user; NULL means "cannot attach".
CREATE FUNCTION pg_temp.owner_of(old_user uuid) RETURNS uuid
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT new_id FROM user_map WHERE old_id = old_user),
                    (SELECT id FROM auth.users WHERE id = old_user),
                    (SELECT default_user FROM import_ctx))
$$;

-- @section check-owners
-- Refuse to start when some row would have no owner: better than silently dropping data.
DO $$
DECLARE
    orphans bigint := 0;
    t text;
    n bigint;
BEGIN
    FOREACH t IN ARRAY ARRAY['song_sketches', 'songs', 'generated_images', 'conversations', 'equipment'] LOOP
        IF to_regclass('import_src.' || t) IS NOT NULL THEN
            EXECUTE format('SELECT count(*) FROM import_src.%I WHERE pg_temp.owner_of(user_id) IS NULL', t) INTO n;
            orphans := orphans + n;
        END IF;
    END LOOP;
    IF orphans > 0 THEN
        RAISE EXCEPTION '% rows have no user_id (or an unknown one): choose who gets them with --default-user EMAIL|UUID', orphans;
    END IF;
END
$$;

-- @section catalog.sketches song_sketches
WITH ins AS (
    INSERT INTO catalog.sketches (id, user_id, title, lyrics, prompt, tags, workflow, sketch_type,
                                  created_at, updated_at)
    SELECT id, pg_temp.owner_of(user_id), left(title, 500), lyrics, left(coalesce(prompt, ''), 1024),
           pg_temp.tag_array(tags, true),
           CASE WHEN workflow::text IN ('draft', 'used', 'archived') THEN workflow::text ELSE 'draft' END,
           CASE WHEN sketch_type = 'instrumental' THEN 'instrumental' ELSE 'song' END,
           coalesce(created_at, now()), coalesce(updated_at, created_at, now())
    FROM import_src.song_sketches
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'catalog.sketches', (SELECT count(*) FROM import_src.song_sketches), count(*) FROM ins;

-- @section catalog.equipment equipment
WITH ins AS (
    INSERT INTO catalog.equipment (id, user_id, type, name, version, description, manufacturer, url,
                                   username, password, license_management, license_key,
                                   license_description, purchase_date, price, system_requirements,
                                   status, software_tags, plugin_tags, created_at, updated_at)
    SELECT id, pg_temp.owner_of(user_id),
           CASE WHEN lower(type) = 'plugin' THEN 'Plugin' ELSE 'Software' END,
           left(name, 200), left(version, 100), left(description, 10000), left(manufacturer, 200),
           left(url, 2048), left(username, 200),
           password,                                  -- Fernet token, same key: copied as is
           CASE WHEN license_management IN ('online', 'ilok', 'license_key', 'other')
                THEN license_management END,
           license_key,                               -- Fernet token
           CASE WHEN license_management = 'other' THEN coalesce(left(license_description, 2000), '')
                ELSE left(license_description, 2000) END,
           purchase_date::date,
           price,                                     -- Fernet token
           left(system_requirements, 10000),
           CASE WHEN status IN ('active', 'trial', 'expired', 'archived') THEN status ELSE 'active' END,
           pg_temp.tag_array(software_tags, false), pg_temp.tag_array(plugin_tags, false),
           coalesce(created_at, now()), coalesce(updated_at, created_at, now())
    FROM import_src.equipment
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'catalog.equipment', (SELECT count(*) FROM import_src.equipment), count(*) FROM ins;

-- @section catalog.lyric_parsing_rules lyric_parsing_rules
-- A rule whose name is already taken (a seeded default of the same name) is left alone.
WITH ins AS (
    INSERT INTO catalog.lyric_parsing_rules (id, name, description, pattern, replacement, rule_type,
                                             active, sort_order, created_at, updated_at)
    SELECT id, left(name, 200), left(description, 2000), pattern,
           replacement,                               -- Base64, copied as is
           CASE WHEN rule_type = 'section' THEN 'section' ELSE 'cleanup' END,
           coalesce(active, true), coalesce("order", 1000),
           coalesce(created_at, now()), coalesce(updated_at, created_at, now())
    FROM import_src.lyric_parsing_rules
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'catalog.lyric_parsing_rules', (SELECT count(*) FROM import_src.lyric_parsing_rules), count(*) FROM ins;

-- @section chat.prompt_templates prompt_templates
-- The owner's templates replace a seeded default of the same category+action only while that
-- default was never edited (version 1); the replacement counts as an edit (version 2), so a second
-- run, or an edit made since, is never overwritten.
WITH src AS (
    SELECT id, category, action, coalesce(pre_condition, '') AS pre_condition,
           coalesce(post_condition, '') AS post_condition, left(description, 1000) AS description,
           coalesce(model, 'llama3.2:3b') AS model,
           least(greatest(coalesce(temperature, 0.7), 0), 2)::numeric(3, 2) AS temperature,
           least(greatest(coalesce(max_tokens, 1024), 1), 32768) AS max_tokens,
           coalesce(active, true) AS active,
           coalesce(created_at, now()) AS created_at, coalesce(updated_at, created_at, now()) AS updated_at
    FROM import_src.prompt_templates
    WHERE category ~ '^[a-z0-9-]{1,50}$' AND action ~ '^[a-z0-9-]{1,50}$'
), upd AS (
    UPDATE chat.prompt_templates t
    SET pre_condition = s.pre_condition, post_condition = s.post_condition,
        description = s.description, model = s.model, temperature = s.temperature,
        max_tokens = s.max_tokens, active = s.active, version = 2, updated_at = s.updated_at
    FROM src s
    WHERE t.category = s.category AND t.action = s.action AND t.version = 1 AND t.id <> s.id
    RETURNING 1
), ins AS (
    INSERT INTO chat.prompt_templates (id, category, action, pre_condition, post_condition, description,
                                       version, model, temperature, max_tokens, active, created_at, updated_at)
    SELECT id, category, action, pre_condition, post_condition, description, 1, model, temperature,
           max_tokens, active, created_at, updated_at
    FROM src
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted, updated)
SELECT 'chat.prompt_templates', (SELECT count(*) FROM import_src.prompt_templates),
       (SELECT count(*) FROM ins), (SELECT count(*) FROM upd);

-- @section chat.conversations conversations
WITH ins AS (
    INSERT INTO chat.conversations (id, user_id, title, provider, model, system_context,
                                    context_window_size, current_token_count, archived, pinned, tags,
                                    created_at, updated_at)
    SELECT id, pg_temp.owner_of(user_id), left(coalesce(nullif(btrim(title), ''), 'Imported conversation'), 200),
           CASE WHEN model_type = 'openai' THEN 'openai' ELSE 'ollama' END,
           left(coalesce(model, 'unknown'), 100), system_context,
           greatest(coalesce(context_window_size, 4096), 1), greatest(coalesce(current_token_count, 0), 0),
           coalesce(archived, false), false, '{}',
           coalesce(created_at, now()), coalesce(updated_at, created_at, now())
    FROM import_src.conversations
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'chat.conversations', (SELECT count(*) FROM import_src.conversations), count(*) FROM ins;

-- @section chat.messages messages
WITH ins AS (
    INSERT INTO chat.messages (id, conversation_id, role, content, token_count, status, summary, created_at)
    SELECT m.id, m.conversation_id,
           CASE WHEN m.role IN ('user', 'assistant', 'system') THEN m.role ELSE 'user' END,
           m.content, greatest(coalesce(m.token_count, 0), 0), 'complete', coalesce(m.is_summary, false),
           coalesce(m.created_at, now())
    FROM import_src.messages m
    JOIN chat.conversations c ON c.id = m.conversation_id
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'chat.messages', (SELECT count(*) FROM import_src.messages), count(*) FROM ins;

-- @section chat.messages_archive messages_archive
WITH ins AS (
    INSERT INTO chat.messages_archive (id, conversation_id, role, content, token_count, status, summary,
                                       created_at, summary_message_id, archived_at)
    SELECT a.id, a.conversation_id,
           CASE WHEN a.role IN ('user', 'assistant', 'system') THEN a.role ELSE 'user' END,
           a.content, greatest(coalesce(a.token_count, 0), 0), 'complete', false,
           coalesce(a.created_at, a.archived_at, now()),
           coalesce(a.summary_message_id, pg_temp.uuid_from('summary:' || a.conversation_id)),
           coalesce(a.archived_at, a.created_at, now())
    FROM import_src.messages_archive a
    JOIN chat.conversations c ON c.id = a.conversation_id
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'chat.messages_archive', (SELECT count(*) FROM import_src.messages_archive), count(*) FROM ins;

-- @section image.generated_images generated_images,image_files
-- Only rows whose file was found in the old images directory (import_src.image_files, filled by
-- import.sh): the new schema needs the file's hash and size, and a row without its file is useless.
WITH src AS (
    SELECT g.*, f.file_name, f.sha256, f.bytes,
           substring(g.size FROM '^(\d+)x\d+$')::int AS w, substring(g.size FROM '^\d+x(\d+)$')::int AS h
    FROM import_src.generated_images g
    JOIN import_src.image_files f ON f.image_id = g.id
), ins AS (
    INSERT INTO image.generated_images (id, user_id, title, user_prompt, prompt, enhanced_prompt,
                                        revised_prompt, model, size, quality, artistic_style, composition,
                                        lighting, color_palette, detail_level, tags, starred,
                                        storage_backend, file_path, content_sha256, content_type, width,
                                        height, bytes, text_overlay_metadata, created_at, updated_at)
    SELECT id, pg_temp.owner_of(user_id), left(title, 200), user_prompt, prompt,
           coalesce(enhanced_prompt, prompt), revised_prompt, left(coalesce(model, 'dall-e-3'), 50),
           CASE WHEN size ~ '^\d+x\d+$' THEN size ELSE '1024x1024' END,
           CASE WHEN quality IN ('standard', 'hd') THEN quality ELSE 'standard' END,
           left(coalesce(artistic_style, style), 40), left(composition, 40), left(lighting, 40),
           left(color_palette, 40), left(detail_level, 40), pg_temp.tag_array(tags, true), false,
           'filesystem', 'imported/' || file_name, sha256,
           CASE WHEN file_name ~* '\.jpe?g$' THEN 'image/jpeg' WHEN file_name ~* '\.webp$' THEN 'image/webp'
                ELSE 'image/png' END,
           coalesce(w, 1024), coalesce(h, 1024), bytes, text_overlay_metadata::jsonb,
           coalesce(created_at, now()), coalesce(updated_at, created_at, now())
    FROM src
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'image.generated_images', (SELECT count(*) FROM import_src.generated_images), count(*) FROM ins;

-- @section image.api_costs_monthly api_costs_monthly
WITH ins AS (
    INSERT INTO image.api_costs_monthly (year, month, total_usd, by_model, by_category, final, fetched_at)
    SELECT year, month, coalesce(total_cost, 0), '{}',
           jsonb_strip_nulls(jsonb_build_object('image', image_cost, 'chat', chat_cost)),
           coalesce(is_finalized, false), coalesce(last_updated, now())
    FROM import_src.api_costs_monthly
    WHERE year BETWEEN 2020 AND 2100 AND month BETWEEN 1 AND 12
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'image.api_costs_monthly', (SELECT count(*) FROM import_src.api_costs_monthly), count(*) FROM ins;

-- @section song.songs songs
-- Jobs that had not finished in the old system are imported as FAILURE, never as PENDING: a
-- pending row would make song-service submit a new paid generation. Their Mureka task id is kept,
-- so POST /api/v1/song/task/{task_id}/recheck can still complete them.
WITH ins AS (
    INSERT INTO song.songs (id, task_id, user_id, sketch_id, title, lyrics, prompt, model, is_instrumental,
                            tags, workflow, status, mureka_task_id, progress_info, failed_reason, attempts,
                            deadline_at, created_at, updated_at, completed_at)
    SELECT id,
           CASE WHEN task_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN task_id::uuid ELSE pg_temp.uuid_from('task:' || id) END,
           pg_temp.owner_of(user_id), sketch_id, left(title, 200), lyrics, left(coalesce(prompt, ''), 1024),
           left(coalesce(model, 'auto'), 32), coalesce(is_instrumental, false), pg_temp.tag_array(tags, true),
           CASE WHEN workflow IN ('onWork', 'inUse', 'notUsed') THEN workflow ELSE 'onWork' END,
           CASE WHEN upper(status) IN ('SUCCESS', 'FAILURE', 'CANCELLED') THEN upper(status) ELSE 'FAILURE' END,
           mureka_task_id, left(progress_info::text, 500),
           CASE WHEN upper(status) IN ('SUCCESS', 'CANCELLED') THEN NULL
                WHEN upper(status) = 'FAILURE' THEN left(coalesce(error_message, 'failed in the original system'), 1000)
                ELSE 'not finished in the original system (imported); recheck to complete it' END,
           0, coalesce(created_at, now()), coalesce(created_at, now()), coalesce(updated_at, created_at, now()),
           CASE WHEN upper(status) IN ('SUCCESS', 'FAILURE', 'CANCELLED') THEN coalesce(completed_at, updated_at)
                ELSE coalesce(updated_at, created_at, now()) END
    FROM import_src.songs
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'song.songs', (SELECT count(*) FROM import_src.songs), count(*) FROM ins;

-- @section song.song_choices song_choices
WITH src AS (
    SELECT c.*, s.user_id AS owner,
           coalesce(c.choice_index, (row_number() OVER (PARTITION BY c.song_id ORDER BY c.created_at, c.id) - 1)::int) AS idx
    FROM import_src.song_choices c
    JOIN song.songs s ON s.id = c.song_id
), ins AS (
    INSERT INTO song.song_choices (id, song_id, user_id, choice_index, mureka_choice_id, mp3_url, flac_url,
                                   video_url, cover_url, duration_ms, title, tags, rating, created_at)
    SELECT id, song_id, owner, idx, mureka_choice_id, mp3_url, flac_url, video_url, image_url,
           round(duration)::bigint, left(title, 200), left(tags, 1000),
           CASE WHEN rating IN (0, 1) THEN rating END, coalesce(created_at, now())
    FROM src
    ON CONFLICT DO NOTHING
    RETURNING 1
)
INSERT INTO import_report (target, source_rows, inserted)
SELECT 'song.song_choices', (SELECT count(*) FROM import_src.song_choices), count(*) FROM ins;

-- @epilogue
SELECT format('%-32s %8s %9s %8s %10s', 'target', 'source', 'inserted', 'updated', 'unchanged')
UNION ALL
SELECT * FROM (
    SELECT format('%-32s %8s %9s %8s %10s', target, source_rows, inserted, updated,
                  greatest(source_rows - inserted - updated, 0))
    FROM import_report ORDER BY position
) rows;
