-- Lyric parsing rules: global regex rewrites for lyrics (no user_id: every user reads them, admins
-- write them). apply runs the active ones: cleanup first, then section, each by sort_order.

CREATE TABLE lyric_parsing_rules (
    id          uuid          PRIMARY KEY,
    name        varchar(200)  NOT NULL UNIQUE,
    description varchar(2000),
    -- a Java regular expression, compiled with MULTILINE
    pattern     varchar(2000) NOT NULL,
    -- Base64 of the replacement's UTF-8 bytes (as in the original system): replacements are mostly
    -- newlines, $1 and backslashes, which exports, dumps and copy-paste mangle. The API decodes it.
    replacement text          NOT NULL,
    rule_type   varchar(10)   NOT NULL CHECK (rule_type IN ('cleanup', 'section')),
    active      boolean       NOT NULL DEFAULT true,
    -- "order" is a reserved word; the API calls it order
    sort_order  integer       NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL
);
CREATE INDEX lyric_parsing_rules_order_idx ON lyric_parsing_rules (sort_order, name);
