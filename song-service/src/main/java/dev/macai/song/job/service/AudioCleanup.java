package dev.macai.song.job.service;

import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.storage.domain.ArchivedAudio;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.domain.AudioStore;
import dev.macai.song.storage.service.AudioStores;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Removes a deleted song's archived audio from the store each choice names (after the rows are
 * gone, so nothing points at it). A store that fails leaves an orphan object, logged, never an
 * error for the user: the song is deleted either way.
 */
@ApplicationScoped
public class AudioCleanup {

  private static final Logger LOG = Logger.getLogger(AudioCleanup.class);

  private final AudioStores stores;

  AudioCleanup(AudioStores stores) {
    this.stores = stores;
  }

  List<ArchivedAudio> keysOf(List<ChoiceEntity> choices) {
    List<ArchivedAudio> audio = new ArrayList<>();
    for (ChoiceEntity choice : choices) {
      AudioBackend backend = AudioBackend.ofColumn(choice.archiveStore);
      if (choice.archivedKey != null) {
        audio.add(new ArchivedAudio(backend, choice.archivedKey));
      }
      if (choice.archivedFlacKey != null) {
        audio.add(new ArchivedAudio(backend, choice.archivedFlacKey));
      }
    }
    return audio;
  }

  void delete(List<ArchivedAudio> archived) {
    for (ArchivedAudio audio : archived) {
      Optional<AudioStore> store = stores.of(audio.backend());
      if (store.isEmpty()) {
        LOG.warnf(
            "Could not delete archived audio %s: %s is not configured",
            audio.key(), audio.backend().column());
        continue;
      }
      try {
        store.get().delete(audio.key());
      } catch (RuntimeException e) {
        LOG.warnf("Could not delete archived audio %s: %s", audio.key(), e.getMessage());
      }
    }
  }
}
