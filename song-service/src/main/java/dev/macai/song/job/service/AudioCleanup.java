package dev.macai.song.job.service;

import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.storage.client.FileAudioStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Removes a deleted song's archived audio (after the rows are gone, so nothing points at it). */
@ApplicationScoped
public class AudioCleanup {

  private static final Logger LOG = Logger.getLogger(AudioCleanup.class);

  private final FileAudioStore store;

  AudioCleanup(FileAudioStore store) {
    this.store = store;
  }

  List<String> keysOf(List<ChoiceEntity> choices) {
    List<String> keys = new ArrayList<>();
    for (ChoiceEntity choice : choices) {
      if (choice.archivedKey != null) {
        keys.add(choice.archivedKey);
      }
      if (choice.archivedFlacKey != null) {
        keys.add(choice.archivedFlacKey);
      }
    }
    return keys;
  }

  void delete(List<String> keys) {
    for (String key : keys) {
      try {
        store.delete(key);
      } catch (RuntimeException e) {
        LOG.warnf("Could not delete archived audio %s: %s", key, e.getMessage());
      }
    }
  }
}
