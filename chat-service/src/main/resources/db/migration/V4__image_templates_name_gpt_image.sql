-- DALL-E 3, which the seeded image templates named, was shut down on 2026-05-12; image-service now
-- generates with OpenAI's GPT Image models. Only templates nobody has edited (version 1, the seeded
-- wording still there) change, so an admin's own text is kept. Their version stays 1: they are
-- still the seeded defaults. The phrases "Image idea:" / "Image prompt:" stay as they were.

UPDATE prompt_templates
SET pre_condition = replace(pre_condition, 'prompt writer for DALL-E 3.',
                            'prompt writer for OpenAI''s GPT Image models.'),
    description   = replace(description, 'DALL-E 3 prompt', 'GPT Image prompt'),
    updated_at    = now()
WHERE category = 'images' AND action = 'enhance' AND version = 1
  AND pre_condition LIKE '%prompt writer for DALL-E 3.%';

UPDATE prompt_templates
SET pre_condition = replace(pre_condition, 'as used for DALL-E 3 prompts', 'as used for GPT Image prompts'),
    updated_at    = now()
WHERE category = 'images' AND action = 'translate' AND version = 1
  AND pre_condition LIKE '%as used for DALL-E 3 prompts%';
