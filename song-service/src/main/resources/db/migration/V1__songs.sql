-- A song is also its generation job: the row is the durable queue entry (ARCHITECTURE §4).
CREATE TABLE songs (
  id                uuid PRIMARY KEY,
  task_id           uuid NOT NULL UNIQUE,
  user_id           uuid NOT NULL,
  sketch_id         uuid,
  title             varchar(200),
  lyrics            text,
  prompt            varchar(1024) NOT NULL,
  model             varchar(32) NOT NULL,
  is_instrumental   boolean NOT NULL DEFAULT false,
  tags              text[] NOT NULL DEFAULT '{}',
  workflow          varchar(16) NOT NULL DEFAULT 'onWork',
  status            varchar(16) NOT NULL,
  mureka_task_id    varchar(128),
  mureka_status     varchar(32),
  progress_info     varchar(500),
  failed_reason     varchar(1000),
  attempts          integer NOT NULL DEFAULT 0,
  next_poll_at      timestamptz,
  deadline_at       timestamptz NOT NULL,
  -- Set (committed) right before the generate call: a row with it and no mureka_task_id may have
  -- been accepted by Mureka, so it is never submitted again (the at-most-once window).
  submit_started_at timestamptz,
  lease_owner       varchar(100),
  lease_until       timestamptz,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  completed_at      timestamptz
);

CREATE INDEX songs_due ON songs (next_poll_at) WHERE status IN ('PENDING', 'PROGRESS');
CREATE INDEX songs_user_created ON songs (user_id, created_at DESC);
CREATE INDEX songs_sketch ON songs (sketch_id);

CREATE TABLE song_choices (
  id                uuid PRIMARY KEY,
  song_id           uuid NOT NULL REFERENCES songs (id) ON DELETE CASCADE,
  user_id           uuid NOT NULL,
  choice_index      integer NOT NULL,
  mureka_choice_id  varchar(128),
  mp3_url           text,
  flac_url          text,
  wav_url           text,
  video_url         text,
  cover_url         text,
  duration_ms       bigint,
  title             varchar(200),
  tags              varchar(1000),
  lyrics_sections   text,
  rating            smallint CHECK (rating IN (0, 1)),
  archived_key      varchar(300),
  archived_flac_key varchar(300),
  archive_attempts  integer NOT NULL DEFAULT 0,
  archive_next_at   timestamptz,
  created_at        timestamptz NOT NULL,
  UNIQUE (song_id, choice_index)
);

CREATE INDEX song_choices_song ON song_choices (song_id);
CREATE INDEX song_choices_archive_due ON song_choices (archive_next_at) WHERE archive_next_at IS NOT NULL;
