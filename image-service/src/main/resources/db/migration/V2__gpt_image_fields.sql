-- GPT Image answers in png, webp or jpeg and reports the tokens it billed. Rows made with the
-- retired DALL-E models keep their model, size and quality; their new columns stay NULL.
ALTER TABLE generated_images
    ADD COLUMN output_format      varchar(10),
    ADD COLUMN output_compression integer CHECK (output_compression BETWEEN 0 AND 100),
    ADD COLUMN background         varchar(20),
    ADD COLUMN moderation         varchar(10),
    ADD COLUMN input_tokens       integer CHECK (input_tokens >= 0),
    ADD COLUMN output_tokens      integer CHECK (output_tokens >= 0),
    ADD COLUMN total_tokens       integer CHECK (total_tokens >= 0);
ALTER TABLE generated_images ALTER COLUMN model TYPE varchar(64);
