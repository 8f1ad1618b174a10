package dev.macai.song.job.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One generated version of a song, with where its audio is archived. */
@Entity
@Table(name = "song_choices")
public class ChoiceEntity {

  @Id public UUID id;

  @Column(name = "song_id")
  public UUID songId;

  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "choice_index")
  public int choiceIndex;

  @Column(name = "mureka_choice_id")
  public String murekaChoiceId;

  @Column(name = "mp3_url")
  public String mp3Url;

  @Column(name = "flac_url")
  public String flacUrl;

  @Column(name = "wav_url")
  public String wavUrl;

  @Column(name = "video_url")
  public String videoUrl;

  @Column(name = "cover_url")
  public String coverUrl;

  @Column(name = "duration_ms")
  public Long durationMs;

  public String title;
  public String tags;

  @Column(name = "lyrics_sections")
  public String lyricsSections;

  public Short rating;

  @Column(name = "archived_key")
  public String archivedKey;

  @Column(name = "archived_flac_key")
  public String archivedFlacKey;

  /** The store holding the archived audio: {@code filesystem} or {@code s3}. */
  @Column(name = "archive_store")
  public String archiveStore = "filesystem";

  @Column(name = "archive_attempts")
  public int archiveAttempts;

  @Column(name = "archive_next_at")
  public Instant archiveNextAt;

  @Column(name = "created_at")
  public Instant createdAt;
}
