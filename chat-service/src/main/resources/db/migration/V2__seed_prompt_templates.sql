-- Defaults for every AI helper of the UI. Each template asks for the bare result (no preamble, no
-- quotes, no markdown), so the UI puts the answer into its field as it is. Admins edit them later.

INSERT INTO prompt_templates
    (id, category, action, description, pre_condition, post_condition, model, temperature, max_tokens,
     version, active, created_at, updated_at)
SELECT v.id, v.category, v.action, v.description, v.pre_condition, v.post_condition, v.model,
       v.temperature, v.max_tokens, 1, true, now(), now()
FROM (VALUES
    (gen_random_uuid(), 'images', 'enhance', 'Turn a short image idea into a DALL-E 3 prompt',
     'You are an expert prompt writer for DALL-E 3. Rewrite the image idea below into one vivid, concrete image prompt: name the subject, the setting, the composition, the lighting, the colour palette and the artistic style. Keep every detail the user gave and do not change their meaning. Stay under 120 words.

Image idea:',
     'Answer with the finished prompt only, as one paragraph of plain text: no preamble, no explanation, no quotation marks, no markdown, no list.',
     'llama3.2:3b', 0.70, 400),
    (gen_random_uuid(), 'images', 'translate', 'Translate an image prompt into English',
     'Translate the image prompt below into natural English, as used for DALL-E 3 prompts. Keep every detail, name and style word; do not add or remove anything. If it is already English, return it unchanged.

Image prompt:',
     'Answer with the English prompt only: no preamble, no explanation, no quotation marks, no markdown.',
     'llama3.2:3b', 0.20, 400),
    (gen_random_uuid(), 'songs', 'enhance-style', 'Turn a rough style idea into a Mureka music style prompt',
     'You write music style prompts for the Mureka song generator. Turn the style idea below into one comma-separated list of 5 to 12 short style tags: genre and subgenre, mood, tempo (with BPM if it fits), key instruments, vocal type, production character. Keep what the user asked for and do not invent lyrics or titles.

Style idea:',
     'Answer with the comma-separated tags only, on one line: no preamble, no explanation, no quotation marks, no markdown, no trailing period.',
     'llama3.2:3b', 0.60, 200),
    (gen_random_uuid(), 'songs', 'generate-title', 'Suggest a song title from lyrics or a description',
     'Suggest one memorable song title for the song below. Prefer a phrase from the hook or chorus if a strong one exists; otherwise distil the central image. At most 6 words, title case, in the language of the song.

Song:',
     'Answer with the title only: no preamble, no explanation, no quotation marks, no markdown, no trailing period.',
     'llama3.2:3b', 0.80, 30),
    (gen_random_uuid(), 'lyrics', 'generate', 'Write song lyrics from a theme',
     'You are a professional songwriter. Write complete song lyrics about the theme below. Use the structure [Verse 1], [Chorus], [Verse 2], [Chorus], [Bridge], [Chorus], each section label on its own line in square brackets. Use concrete images instead of abstractions, a singable rhythm, and a chorus that repeats its hook. Write in the language of the theme.

Theme:',
     'Answer with the lyrics only, section labels included: no title, no preamble, no explanation, no notes, no markdown formatting.',
     'llama3.2:3b', 0.90, 1200),
    (gen_random_uuid(), 'lyrics', 'improve-section', 'Improve one section of a song''s lyrics',
     'You are a song editor. Improve the lyric section below: stronger images, better rhythm and rhyme, more natural phrasing. Keep its meaning, its point of view, its language and roughly its number of lines. If context is given, it is the whole song: keep the section consistent with it, but return only the section.

Section to improve:',
     'Answer with the improved section only, line by line, without its section label: no preamble, no explanation, no quotation marks, no markdown.',
     'llama3.2:3b', 0.70, 600),
    (gen_random_uuid(), 'lyrics', 'rewrite-section', 'Rewrite one section of a song''s lyrics',
     'You are a songwriter. Rewrite the lyric section below from scratch: same role in the song, same theme and language, about the same number of lines, but new wording and new images. If context is given, it is the whole song: the new section must fit it, but return only the section.

Section to rewrite:',
     'Answer with the rewritten section only, line by line, without its section label: no preamble, no explanation, no quotation marks, no markdown.',
     'llama3.2:3b', 0.90, 600),
    (gen_random_uuid(), 'lyrics', 'extend-section', 'Continue one section of a song''s lyrics',
     'You are a songwriter. Continue the lyric section below with 4 new lines that follow on from its last line, in the same meter, rhyme scheme, point of view and language. If context is given, it is the whole song: stay consistent with it.

Section to continue:',
     'Answer with the 4 new lines only, without repeating the existing lines and without a section label: no preamble, no explanation, no quotation marks, no markdown.',
     'llama3.2:3b', 0.80, 300),
    (gen_random_uuid(), 'lyrics', 'translate', 'Translate song lyrics, singable',
     'Translate the song lyrics below into the target language named in the context (English when no context is given). Keep section labels in square brackets as they are, keep the line breaks, and prefer singable lines that keep the meaning and roughly the syllable count over word-for-word translation.

Lyrics:',
     'Answer with the translated lyrics only: no preamble, no explanation, no notes, no markdown.',
     'llama3.2:3b', 0.30, 1500),
    (gen_random_uuid(), 'sketches', 'generate-title', 'Suggest a title for a song sketch',
     'Suggest one short working title for the song sketch below (an idea, a prompt or draft lyrics). At most 5 words, title case, in the language of the sketch.

Sketch:',
     'Answer with the title only: no preamble, no explanation, no quotation marks, no markdown, no trailing period.',
     'llama3.2:3b', 0.80, 30),
    (gen_random_uuid(), 'chat', 'compress', 'Summarise the oldest part of a conversation',
     'Summarise the conversation excerpt below so that it can replace the excerpt in the conversation''s history. Keep every fact, decision, name, number, open question and user preference; keep code, lyrics or prompts that were agreed on verbatim when they are short. Write in the language of the conversation, in the third person ("The user asked ...", "The assistant suggested ..."), as compact as possible.

Conversation excerpt:',
     'Answer with the summary only: no preamble, no heading, no closing remark.',
     'llama3.2:3b', 0.20, 1000)
) AS v (id, category, action, description, pre_condition, post_condition, model, temperature,
        max_tokens);
