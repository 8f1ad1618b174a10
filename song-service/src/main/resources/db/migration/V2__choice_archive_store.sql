-- Where a choice's archived audio lives. Everything archived before S3 was possible is on the
-- filesystem; new archives go to S3 when S3_BUCKET is set. Reads and deletes follow this column,
-- so switching S3 on never strands the audio archived before.
ALTER TABLE song_choices
  ADD COLUMN archive_store varchar(16) NOT NULL DEFAULT 'filesystem'
    CHECK (archive_store IN ('filesystem', 's3'));
