-- Rows for the importer's test (test-import.sh), in the original system's tables
-- (original-schema.sql). Each row exercises one rule of the import; the test checks them by id.
INSERT INTO users (id, email, username, password_hash, first_name, last_name, artist_name, is_superuser, created_at, updated_at) VALUES
  ('11111111-0000-4000-8000-000000000001', 'owner@example.com', 'owner', '$2b$12$KIXQJ1Oi0bS9aHk7r8pS0eQx9Yb7QyZ2m8fQyE7b5y8mN1tqk3a1e', 'Olivia', 'Owner', 'Olli', true, '2021-03-04 10:00:00+00', '2024-01-02 09:00:00+00'),
  ('11111111-0000-4000-8000-000000000002', '  Second@Example.COM ', 'second', '$2b$12$abcdefghijklmnopqrstuuJ1Oi0bS9aHk7r8pS0eQx9Yb7QyZ2m8', NULL, NULL, NULL, false, '2022-05-06 11:00:00+00', NULL),
  -- this person already registered in the new system with the same email: their rows follow that account
  ('11111111-0000-4000-8000-000000000003', 'existing@example.com', 'existing', '$2b$12$zzzzzzzzzzzzzzzzzzzzzuJ1Oi0bS9aHk7r8pS0eQx9Yb7QyZ2m8', 'Eve', 'Existing', NULL, false, '2022-07-08 12:00:00+00', NULL);

INSERT INTO song_sketches (id, user_id, title, lyrics, prompt, tags, workflow, sketch_type, created_at, updated_at) VALUES
  ('22222222-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000001', 'Night Drive', E'[Verse]\nLights on the highway', 'synthwave, 80s', 'Synth, Night ,synth', 'used', 'song', '2021-04-01 08:00:00+00', '2021-04-02 08:00:00+00'),
  ('22222222-0000-4000-8000-000000000002', NULL, 'Orphan idea', NULL, NULL, '["Ambient", "calm"]', 'draft', 'instrumental', '2021-05-01 08:00:00+00', NULL),
  ('22222222-0000-4000-8000-000000000003', '11111111-0000-4000-8000-000000000002', NULL, 'la la', 'pop', NULL, 'archived', NULL, '2022-01-01 08:00:00+00', NULL);

INSERT INTO songs (id, user_id, task_id, mureka_task_id, sketch_id, title, lyrics, prompt, model, is_instrumental, tags, workflow, status, progress_info, error_message, created_at, updated_at, completed_at) VALUES
  ('33333333-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000001', '9b2c7d1e-5f3a-4c8b-9e0d-1a2b3c4d5e6f', 'mureka-1001', '22222222-0000-4000-8000-000000000001', 'Night Drive v1', 'Lights on the highway', 'synthwave', 'mureka-6', false, 'synthwave,night', 'inUse', 'SUCCESS', '{"progress": 100}', NULL, '2021-04-03 08:00:00+00', '2021-04-03 08:05:00+00', '2021-04-03 08:05:00+00'),
  ('33333333-0000-4000-8000-000000000002', NULL, 'celery-task-42', 'mureka-1002', NULL, 'Unfinished', 'words', 'rock', NULL, false, NULL, NULL, 'PROGRESS', '{"progress": 40}', NULL, '2023-02-01 08:00:00+00', '2023-02-01 08:01:00+00', NULL),
  ('33333333-0000-4000-8000-000000000003', '11111111-0000-4000-8000-000000000003', 'b1b2c3d4-0000-4000-8000-00000000abcd', NULL, NULL, NULL, NULL, 'jazz', 'auto', true, NULL, 'notUsed', 'FAILURE', NULL, 'quota exhausted', '2023-03-01 08:00:00+00', NULL, NULL);

INSERT INTO song_choices (id, song_id, mureka_choice_id, choice_index, mp3_url, flac_url, video_url, image_url, duration, title, tags, rating, created_at) VALUES
  ('44444444-0000-4000-8000-000000000001', '33333333-0000-4000-8000-000000000001', 'c-1', 0, 'https://cdn.example/1.mp3', 'https://cdn.example/1.flac', NULL, 'https://cdn.example/1.png', 183250.4, 'Night Drive A', 'synthwave', 1, '2021-04-03 08:05:00+00'),
  ('44444444-0000-4000-8000-000000000002', '33333333-0000-4000-8000-000000000001', 'c-2', 1, 'https://cdn.example/2.mp3', NULL, NULL, NULL, 176000, 'Night Drive B', NULL, 0, '2021-04-03 08:05:00+00'),
  ('44444444-0000-4000-8000-000000000003', '33333333-0000-4000-8000-000000000003', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5, '2023-03-01 08:01:00+00');

INSERT INTO generated_images (id, user_id, title, user_prompt, prompt, enhanced_prompt, revised_prompt, model, size, quality, style, artistic_style, composition, tags, file_path, local_url, text_overlay_metadata, created_at, updated_at) VALUES
  ('55555555-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000001', 'Cover', 'a car', 'a car at night', 'a neon car at night', 'A neon-lit car', 'dall-e-3', '1792x1024', 'hd', 'vivid', 'digital-art', 'album-cover', 'cover, Neon', '/app/static/images/img1.png', '/static/images/img1.png', NULL, '2021-06-01 08:00:00+00', NULL),
  ('55555555-0000-4000-8000-000000000002', NULL, NULL, NULL, 'a forest', NULL, NULL, NULL, '1024x1024', NULL, NULL, NULL, NULL, NULL, NULL, '/static/images/sub/img2.jpg', '{"title": "FOREST", "font_style": "bold"}', '2021-06-02 08:00:00+00', NULL),
  ('55555555-0000-4000-8000-000000000003', '11111111-0000-4000-8000-000000000001', 'Lost file', NULL, 'gone', NULL, NULL, 'dall-e-3', '1024x1024', 'standard', NULL, NULL, NULL, NULL, '/app/static/images/missing.png', NULL, NULL, '2021-06-03 08:00:00+00', NULL);

INSERT INTO prompt_templates (id, category, action, pre_condition, post_condition, description, version, model, temperature, max_tokens, active, created_at, updated_at) VALUES
  -- the owner's own version of a template the new system seeds
  ('66666666-0000-4000-8000-000000000001', 'images', 'enhance', 'My tuned enhance prompt:', 'Only the prompt.', 'tuned over years', '3.1', 'qwen2.5:7b', 0.5, 300, true, '2021-01-01 00:00:00+00', '2023-01-01 00:00:00+00'),
  ('66666666-0000-4000-8000-000000000002', 'lyrics', 'haiku', 'Write a haiku about:', NULL, NULL, '1.0', 'llama3.2:3b', 1.2, 100, false, '2022-01-01 00:00:00+00', NULL);

INSERT INTO conversations (id, user_id, title, model, model_type, system_context, archived, context_window_size, current_token_count, created_at, updated_at) VALUES
  ('77777777-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000001', 'Lyrics help', 'llama3.2:3b', 'ollama', 'You are a lyricist.', false, 131072, 512, '2022-02-01 08:00:00+00', '2022-02-02 08:00:00+00'),
  ('77777777-0000-4000-8000-000000000002', NULL, NULL, 'gpt-4o-mini', 'openai', NULL, true, NULL, NULL, '2022-03-01 08:00:00+00', NULL);

INSERT INTO messages (id, conversation_id, role, content, token_count, is_summary, created_at) VALUES
  ('88888888-0000-4000-8000-000000000001', '77777777-0000-4000-8000-000000000001', 'user', E'Help me rhyme "night"\nplease', 12, false, '2022-02-01 08:00:01+00'),
  ('88888888-0000-4000-8000-000000000002', '77777777-0000-4000-8000-000000000001', 'assistant', 'light, bright, flight', 9, false, '2022-02-01 08:00:02+00'),
  ('88888888-0000-4000-8000-000000000003', '77777777-0000-4000-8000-000000000001', 'system', 'Summary of earlier messages', 20, true, '2022-02-01 08:00:00+00'),
  ('88888888-0000-4000-8000-000000000004', '77777777-0000-4000-8000-000000000002', 'user', 'hello', NULL, NULL, '2022-03-01 08:00:01+00');

INSERT INTO messages_archive (id, conversation_id, role, content, token_count, summary_message_id, created_at, archived_at) VALUES
  ('99999999-0000-4000-8000-000000000001', '77777777-0000-4000-8000-000000000001', 'user', 'old question', 5, '88888888-0000-4000-8000-000000000003', '2022-01-31 08:00:00+00', '2022-02-01 08:00:00+00'),
  ('99999999-0000-4000-8000-000000000002', '77777777-0000-4000-8000-000000000001', 'assistant', 'old answer', 6, NULL, '2022-01-31 08:00:01+00', '2022-02-01 08:00:00+00');

INSERT INTO equipment (id, user_id, type, name, version, description, software_tags, plugin_tags, manufacturer, url, username, password, license_management, license_key, license_description, purchase_date, price, system_requirements, status, created_at, updated_at) VALUES
  ('aaaaaaaa-0000-4000-8000-000000000001', '11111111-0000-4000-8000-000000000001', 'Software', 'Ableton Live', '12', 'DAW', 'DAW, daw,Live ', NULL, 'Ableton', 'https://ableton.com', 'olli', 'gAAAAABlT0ken-password-fernet==', 'license_key', 'gAAAAABlT0ken-license-fernet==', NULL, '2021-01-15', 'gAAAAABlT0ken-price-fernet==', 'macOS 12', 'active', '2021-01-15 08:00:00+00', NULL),
  ('aaaaaaaa-0000-4000-8000-000000000002', NULL, 'plugin', 'Valhalla Room', NULL, NULL, NULL, 'Reverb', 'Valhalla DSP', NULL, NULL, NULL, 'other', NULL, NULL, NULL, NULL, NULL, 'legacy', '2021-02-15 08:00:00+00', NULL);

INSERT INTO lyric_parsing_rules (id, name, description, pattern, replacement, rule_type, active, "order", created_at, updated_at) VALUES
  ('bbbbbbbb-0000-4000-8000-000000000001', 'Owner: blank line before chorus', NULL, '^\[Chorus\]', 'XG5bQ2hvcnVzXQ==', 'section', true, 7, '2021-01-01 00:00:00+00', NULL),
  -- a name the new system already seeds: left alone
  ('bbbbbbbb-0000-4000-8000-000000000002', 'Normalise double quotes', NULL, '"', 'Ig==', 'cleanup', false, 1, '2021-01-01 00:00:00+00', NULL);

INSERT INTO api_costs_monthly (id, year, month, total_cost, image_cost, chat_cost, is_finalized, last_updated) VALUES
  ('cccccccc-0000-4000-8000-000000000001', 2024, 1, 12.345678, 10.000000, 2.345678, true, '2024-02-01 00:00:00+00'),
  ('cccccccc-0000-4000-8000-000000000002', 2024, 2, 3.500000, 3.500000, NULL, false, '2024-02-20 00:00:00+00');
