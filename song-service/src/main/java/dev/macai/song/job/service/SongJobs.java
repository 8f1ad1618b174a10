package dev.macai.song.job.service;

import dev.macai.platform.budget.DailyBudgets;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.song.job.client.SlotPool;
import dev.macai.song.job.client.SongEventBus;
import dev.macai.song.job.client.WorkerHeartbeats;
import dev.macai.song.job.config.JobConfig;
import dev.macai.song.job.domain.SlotLease;
import dev.macai.song.job.domain.SongStatus;
import dev.macai.song.job.domain.Workflow;
import dev.macai.song.job.repository.ChoiceRepository;
import dev.macai.song.job.repository.SongEntity;
import dev.macai.song.job.repository.SongRepository;
import dev.macai.song.mureka.domain.GenerationKind;
import dev.macai.song.storage.domain.ArchivedAudio;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The job endpoints' use cases: queue a song (durable before the 202), its status, cancel, delete,
 * recheck, the queue's state. Transactions are explicit so events go out only after a commit.
 */
@ApplicationScoped
public class SongJobs {

  /** One job is one generation on the budget, whatever number of choices Mureka makes. */
  static final int GENERATIONS_PER_JOB = 1;

  private static final Logger LOG = Logger.getLogger(SongJobs.class);

  private final SongRepository songs;
  private final ChoiceRepository choices;
  private final SongEventBus events;
  private final SlotPool slots;
  private final SlotCap cap;
  private final WorkerHeartbeats heartbeats;
  private final JobWorker worker;
  private final JobStore store;
  private final JobConfig config;
  private final AudioCleanup audioCleanup;
  private final DailyBudgets budgets;

  SongJobs(
      SongRepository songs,
      ChoiceRepository choices,
      SongEventBus events,
      SlotPool slots,
      SlotCap cap,
      WorkerHeartbeats heartbeats,
      JobWorker worker,
      JobStore store,
      JobConfig config,
      AudioCleanup audioCleanup,
      DailyBudgets budgets) {
    this.songs = songs;
    this.choices = choices;
    this.events = events;
    this.slots = slots;
    this.cap = cap;
    this.heartbeats = heartbeats;
    this.worker = worker;
    this.store = store;
    this.config = config;
    this.audioCleanup = audioCleanup;
    this.budgets = budgets;
  }

  /**
   * Takes one unit of the caller's daily budget (429 {@code daily_budget_exhausted} when it is used
   * up) and stores the song as a PENDING job, in one transaction; the worker picks it up from the
   * table.
   */
  public TaskAccepted enqueue(UUID userId, NewSong request) {
    Instant now = Instant.now();
    SongEntity song = new SongEntity();
    song.id = UUID.randomUUID();
    song.taskId = UUID.randomUUID();
    song.userId = userId;
    song.sketchId = request.sketchId();
    song.title = blankToNull(request.title());
    song.lyrics = request.kind() == GenerationKind.SONG ? request.lyrics() : null;
    song.prompt = request.prompt();
    song.model = request.model();
    song.instrumental = request.kind() == GenerationKind.INSTRUMENTAL;
    song.tags = new String[0];
    song.workflow = Workflow.ON_WORK.wire();
    song.status = SongStatus.PENDING.name();
    song.progressInfo = "queued";
    song.nextPollAt = now;
    song.deadlineAt = now.plus(config.jobTimeout());
    song.createdAt = now;
    song.updatedAt = now;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              song.budgetDay = budgets.reserve(userId, GENERATIONS_PER_JOB).day();
              songs.persist(song);
            });
    publish(song.id);
    return new TaskAccepted(song.taskId, song.id, song.status);
  }

  public TaskStatus status(UUID userId, UUID taskId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> TaskStatus.of(detail(owned(userId, taskId))));
  }

  /** PENDING or PROGRESS → CANCELLED; polling stops and the slot is freed. */
  public TaskStatus cancel(UUID userId, UUID taskId) {
    SongEntity song = QuarkusTransaction.requiringNew().call(() -> owned(userId, taskId));
    if (!SongStatus.valueOf(song.status).active()) {
      throw ServiceFailure.conflict("The job has already ended (" + song.status + ").");
    }
    boolean cancelled =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  boolean written = songs.cancel(song.id, Instant.now());
                  if (written) {
                    store.refundCharge(song.id);
                  }
                  return written;
                });
    if (!cancelled) {
      throw ServiceFailure.conflict("The job ended while it was being cancelled.");
    }
    releaseSlot(song.id);
    publish(song.id);
    return status(userId, taskId);
  }

  /** Deletes the song, its choices and archived audio; a running job is cancelled first. */
  public void delete(UUID userId, UUID taskId) {
    SongEntity song = QuarkusTransaction.requiringNew().call(() -> owned(userId, taskId));
    deleteSong(song.id);
  }

  /** Used by the song endpoints too: the same clean-up whatever the route. */
  public void deleteSong(UUID songId) {
    List<ArchivedAudio> keys =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  List<ArchivedAudio> archived = audioCleanup.keysOf(choices.ofSong(songId));
                  // A job deleted before it reached Mureka cost nothing.
                  store.refundCharge(songId);
                  songs.deleteById(songId);
                  return archived;
                });
    releaseSlot(songId);
    audioCleanup.delete(keys);
  }

  /**
   * Asks Mureka again about a job that failed (a timeout, say) but has a Mureka task: if Mureka
   * finished it after all, the song completes now; if it still runs, polling resumes.
   */
  public TaskStatus recheck(UUID userId, UUID taskId) {
    SongEntity song = QuarkusTransaction.requiringNew().call(() -> owned(userId, taskId));
    if (song.murekaTaskId == null) {
      throw ServiceFailure.conflict("The job never reached Mureka; there is nothing to recheck.");
    }
    SongStatus status = SongStatus.valueOf(song.status);
    if (status == SongStatus.FAILURE) {
      Instant now = Instant.now();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                // The failure gave the unit back; a song that may still come counts again
                // (on today's budget, whatever is left: Mureka already has the task).
                if (songs.reopen(song.id, now.plus(config.jobTimeout()), now)
                    && songs.chargeAgain(song.id, budgets.currentDay().date())) {
                  budgets.record(userId, GENERATIONS_PER_JOB);
                }
              });
    } else if (!status.active()) {
      throw ServiceFailure.conflict("The job has already ended (" + song.status + ").");
    }
    String owner = "recheck-" + worker.replica();
    Instant now = Instant.now();
    boolean claimed =
        QuarkusTransaction.requiringNew()
            .call(() -> songs.claimOne(song.id, owner, now, now.plus(config.worker().lease())));
    if (claimed) {
      worker.advance(owner, song.id);
    }
    return status(userId, taskId);
  }

  public QueueStatus queue(UUID userId) {
    Map<String, Long> counts =
        QuarkusTransaction.requiringNew().call(() -> songs.countByStatus(userId));
    Integer inUse = null;
    Integer workers = null;
    try {
      inUse = slots.taken(Instant.now()).size();
      workers = heartbeats.alive();
    } catch (RuntimeException redisDown) {
      LOG.debugf("Queue status without Redis: %s", redisDown.getMessage());
    }
    String workerState = workers == null ? "unknown" : workers > 0 ? "online" : "offline";
    return new QueueStatus(
        counts.getOrDefault("PROGRESS", 0L),
        counts.getOrDefault("PENDING", 0L),
        counts.getOrDefault("SUCCESS", 0L),
        counts.getOrDefault("FAILURE", 0L),
        counts.getOrDefault("CANCELLED", 0L),
        inUse,
        cap.max(),
        workerState,
        workers);
  }

  public List<SlotLease> slots() {
    return slots.taken(Instant.now());
  }

  public void freeSlot(String holder) {
    if (!slots.release(holder)) {
      throw ServiceFailure.notFound("slot");
    }
  }

  private SongEntity owned(UUID userId, UUID taskId) {
    return songs.findByTask(taskId, userId).orElseThrow(() -> ServiceFailure.notFound("task"));
  }

  private SongDetail detail(SongEntity song) {
    return SongDetail.of(song, choices.ofSong(song.id));
  }

  private void releaseSlot(UUID songId) {
    try {
      slots.release(songId.toString());
    } catch (RuntimeException redisDown) {
      LOG.debugf("Slot not released (Redis unavailable); its lease runs out: %s", redisDown);
    }
  }

  private void publish(UUID songId) {
    store.event(songId).ifPresent(events::publish);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
