package dev.macai.song.storage.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The choices waiting for their audio to be archived. The archiver needs only this, not the job
 * tables behind it: the feature that owns the choices implements it, so storage does not depend on
 * the job pipeline.
 */
public interface ArchiveQueue {

  /**
   * Takes up to {@code limit} choices due now, pushing their due time to {@code retryAt} so another
   * replica does not take them too.
   */
  List<UUID> claimDue(Instant now, Instant retryAt, int limit);

  Optional<PendingAudio> find(UUID choiceId);

  /** The copies are done: the choice's audio is served from {@code backend} from now on. */
  void archived(UUID choiceId, String mp3Key, String flacKey, AudioBackend backend);

  /** The copy failed: try again at {@code retryAt}, or never when it is null. */
  void retryAt(UUID choiceId, Instant retryAt);
}
