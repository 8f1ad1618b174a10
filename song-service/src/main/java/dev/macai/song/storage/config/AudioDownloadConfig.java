package dev.macai.song.storage.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which audio URLs from Mureka's answers are fetched, and how much of them. */
@ConfigMapping(prefix = "song.audio")
public interface AudioDownloadConfig {

  /** {@code SONG_AUDIO_HOSTS}: when set, only these hosts and their subdomains. */
  Optional<List<String>> allowedHosts();

  /** {@code SONG_AUDIO_MAX_BYTES}: a larger body fails the copy. */
  long maxBytes();
}
