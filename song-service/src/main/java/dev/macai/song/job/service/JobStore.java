package dev.macai.song.job.service;

import dev.macai.platform.budget.DailyBudgets;
import dev.macai.platform.budget.Reservation;
import dev.macai.song.job.domain.SongEvent;
import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.job.repository.ChoiceRepository;
import dev.macai.song.job.repository.SongEntity;
import dev.macai.song.job.repository.SongRepository;
import dev.macai.song.mureka.domain.MurekaChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The worker's short transactions: each commits one step of a job at once, so a crash right after
 * it loses nothing. Never holds a transaction open across a Mureka call.
 */
@ApplicationScoped
public class JobStore {

  private final SongRepository songs;
  private final ChoiceRepository choices;
  private final DailyBudgets budgets;

  JobStore(SongRepository songs, ChoiceRepository choices, DailyBudgets budgets) {
    this.songs = songs;
    this.choices = choices;
    this.budgets = budgets;
  }

  @Transactional
  public List<UUID> claimDue(String owner, Instant now, Instant leaseUntil, int limit) {
    return songs.claimDue(owner, now, leaseUntil, limit);
  }

  @Transactional
  public Optional<Job> load(UUID id) {
    return songs.findByIdOptional(id).map(Job::of);
  }

  @Transactional
  public boolean markSubmitting(UUID id, String owner, Instant now) {
    return songs.markSubmitting(id, owner, now);
  }

  @Transactional
  public boolean storeTaskId(
      UUID id, String owner, String taskId, String murekaStatus, Instant next, Instant now) {
    return songs.storeTaskId(id, owner, taskId, murekaStatus, next, now);
  }

  @Transactional
  public boolean reschedule(
      UUID id,
      String owner,
      Instant next,
      String info,
      String murekaStatus,
      boolean clearSubmitting,
      Instant now) {
    return songs.reschedule(id, owner, next, info, murekaStatus, clearSubmitting, now);
  }

  /** FAILURE, and the job's budget unit back to its day, in one transaction. */
  @Transactional
  public boolean fail(UUID id, String owner, String reason, String murekaStatus, Instant now) {
    boolean written = songs.fail(id, owner, reason, murekaStatus, now);
    if (written) {
      refundCharge(id);
    }
    return written;
  }

  /**
   * Gives the job's budget unit back if it produced nothing chargeable ({@link
   * SongRepository#refundCharge}); joins the caller's transaction.
   */
  @Transactional
  public void refundCharge(UUID id) {
    songs
        .refundCharge(id)
        .ifPresent(charge -> budgets.giveBack(new Reservation(charge.userId(), charge.day(), 1)));
  }

  /** SUCCESS and the choices in one transaction; the audio is archived afterwards. */
  @Transactional
  public boolean succeed(
      UUID id, String owner, String murekaStatus, List<MurekaChoice> found, Instant now) {
    if (!songs.succeed(id, owner, murekaStatus, now)) {
      return false;
    }
    SongEntity song = songs.findById(id);
    for (MurekaChoice choice : found) {
      ChoiceEntity entity = new ChoiceEntity();
      entity.id = UUID.randomUUID();
      entity.songId = id;
      entity.userId = song.userId;
      entity.choiceIndex = choice.index();
      entity.murekaChoiceId = choice.id();
      entity.mp3Url = choice.mp3Url();
      entity.flacUrl = choice.flacUrl();
      entity.wavUrl = choice.wavUrl();
      entity.videoUrl = choice.videoUrl();
      entity.coverUrl = choice.coverUrl();
      entity.durationMs = choice.durationMs();
      entity.title = choice.title();
      entity.tags = choice.tags();
      entity.lyricsSections = choice.lyricsSectionsJson();
      entity.createdAt = now;
      entity.archiveNextAt = choice.mp3Url() == null ? null : now;
      choices.persist(entity);
    }
    return true;
  }

  @Transactional
  public Optional<SongEvent> event(UUID id) {
    return songs
        .findByIdOptional(id)
        .map(
            s ->
                new SongEvent(
                    s.userId,
                    s.id,
                    s.taskId,
                    s.status,
                    s.murekaStatus,
                    s.progressInfo,
                    s.failedReason,
                    s.updatedAt));
  }
}
