-- The default rules (ARCHITECTURE §4). Fixed ids, so tests and later migrations can name them.
-- Replacements are Base64 of UTF-8, like every stored replacement (see V3); the plain text is in the
-- comment above each row. Apply order: cleanup rules by sort_order, then section rules by sort_order.
-- Section rules normalise **Label**, **Label:**, Label: and [label] header lines into [LABEL].

INSERT INTO lyric_parsing_rules
    (id, name, description, pattern, replacement, rule_type, active, sort_order, created_at, updated_at)
VALUES
    -- replacement: '"'
    ('5eed0000-0000-4000-8000-000000000001', 'Normalise double quotes',
     'Typographic double quotes (“ ” „ ‟) become a plain ".',
     '[\u201C\u201D\u201E\u201F]',
     'Ig==', 'cleanup', true, 1, now(), now()),
    -- replacement: "'"
    ('5eed0000-0000-4000-8000-000000000002', 'Normalise apostrophes',
     'Typographic single quotes and apostrophes (‘ ’ ‚ ‛ ´) become a plain ''.',
     '[\u2018\u2019\u201A\u201B\u00B4]',
     'Jw==', 'cleanup', true, 2, now(), now()),
    -- replacement: ''
    ('5eed0000-0000-4000-8000-000000000003', 'Remove production notes',
     'Removes notes in parentheses that name a production cue (solo, instrumental, interlude, break, repeat, spoken, ad-libs, fade out, applause, laughter, x2/2x) and credits in square brackets ([Produced by …], [Prod. …], [Mixed by …], [Written by …] …). Backing vocals in parentheses and section tags such as [Chorus] stay.',
     '[ \t]*(?:\((?=[^()\n]*(?:(?i:\b(?:solo|instrumental|interlude|break|repeat|spoken|ad[ -]?libs?|fade[ -]?out|applause|laughter)\b)|(?<!\w)[xX\u00D7][ \t]?\d+\b|\b\d+[ \t]?[xX\u00D7](?!\w)))[^()\n]*\)|\[(?i:(?:produced|mixed|mastered|written|lyrics|music|recorded|engineered|arranged)\b|prod\.)[^\[\]\n]*\])',
     '', 'cleanup', true, 3, now(), now()),
    -- replacement: ''
    ('5eed0000-0000-4000-8000-000000000004', 'Trim trailing spaces',
     'Removes spaces, tabs and no-break spaces at the end of every line.',
     '[ \t\u00A0]+$',
     '', 'cleanup', true, 4, now(), now()),
    -- replacement: '$1,\n'
    ('5eed0000-0000-4000-8000-000000000005', 'Break long lines after commas',
     'A line longer than 60 characters is broken after its first comma that follows at least 20 characters (one break per line per run).',
     '^(?=.{61,})(.{20,}?),[ \t]+(?=\S)',
     'JDEsCg==', 'cleanup', true, 5, now(), now()),
    -- replacement: '\n\n'
    ('5eed0000-0000-4000-8000-000000000006', 'Collapse blank lines',
     'Three or more line breaks in a row become one blank line.',
     '\n{3,}',
     'Cgo=', 'cleanup', true, 6, now(), now()),
    -- replacement: '[INTRO]'
    ('5eed0000-0000-4000-8000-000000000007', 'Section: INTRO',
     '**Intro**, Intro: and [intro] become [INTRO].',
     '(?i)^[ \t]*(?:\*\*[ \t]*intro[ \t]*:?[ \t]*\*\*[ \t]*:?|intro[ \t]*:|\[[ \t]*intro[ \t]*\])[ \t]*$',
     'W0lOVFJPXQ==', 'section', true, 7, now(), now()),
    -- replacement: '[VERSE $1$2$3]'
    ('5eed0000-0000-4000-8000-000000000008', 'Section: VERSE n',
     '**Verse 2**, Verse 2: and [verse 2] become [VERSE 2].',
     '(?i)^[ \t]*(?:\*\*[ \t]*verse[ \t]*(\d+)[ \t]*:?[ \t]*\*\*[ \t]*:?|verse[ \t]*(\d+)[ \t]*:|\[[ \t]*verse[ \t]*(\d+)[ \t]*\])[ \t]*$',
     'W1ZFUlNFICQxJDIkM10=', 'section', true, 8, now(), now()),
    -- replacement: '[VERSE]'
    ('5eed0000-0000-4000-8000-000000000009', 'Section: VERSE',
     '**Verse**, Verse: and [verse] (no number) become [VERSE].',
     '(?i)^[ \t]*(?:\*\*[ \t]*verse[ \t]*:?[ \t]*\*\*[ \t]*:?|verse[ \t]*:|\[[ \t]*verse[ \t]*\])[ \t]*$',
     'W1ZFUlNFXQ==', 'section', true, 9, now(), now()),
    -- replacement: '[PRE-CHORUS]'
    ('5eed0000-0000-4000-8000-000000000010', 'Section: PRE-CHORUS',
     '**Pre-Chorus**, Prechorus: and [pre chorus] become [PRE-CHORUS].',
     '(?i)^[ \t]*(?:\*\*[ \t]*pre[ -]?chorus[ \t]*:?[ \t]*\*\*[ \t]*:?|pre[ -]?chorus[ \t]*:|\[[ \t]*pre[ -]?chorus[ \t]*\])[ \t]*$',
     'W1BSRS1DSE9SVVNd', 'section', true, 10, now(), now()),
    -- replacement: '[CHORUS]'
    ('5eed0000-0000-4000-8000-000000000011', 'Section: CHORUS',
     '**Chorus**, Chorus: and [chorus] become [CHORUS].',
     '(?i)^[ \t]*(?:\*\*[ \t]*chorus[ \t]*:?[ \t]*\*\*[ \t]*:?|chorus[ \t]*:|\[[ \t]*chorus[ \t]*\])[ \t]*$',
     'W0NIT1JVU10=', 'section', true, 11, now(), now()),
    -- replacement: '[BRIDGE]'
    ('5eed0000-0000-4000-8000-000000000012', 'Section: BRIDGE',
     '**Bridge**, Bridge: and [bridge] become [BRIDGE].',
     '(?i)^[ \t]*(?:\*\*[ \t]*bridge[ \t]*:?[ \t]*\*\*[ \t]*:?|bridge[ \t]*:|\[[ \t]*bridge[ \t]*\])[ \t]*$',
     'W0JSSURHRV0=', 'section', true, 12, now(), now()),
    -- replacement: '[OUTRO]'
    ('5eed0000-0000-4000-8000-000000000013', 'Section: OUTRO',
     '**Outro**, Outro: and [outro] become [OUTRO].',
     '(?i)^[ \t]*(?:\*\*[ \t]*outro[ \t]*:?[ \t]*\*\*[ \t]*:?|outro[ \t]*:|\[[ \t]*outro[ \t]*\])[ \t]*$',
     'W09VVFJPXQ==', 'section', true, 13, now(), now());
