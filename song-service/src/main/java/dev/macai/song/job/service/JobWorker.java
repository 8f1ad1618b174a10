package dev.macai.song.job.service;

import dev.macai.platform.provider.ProviderFailure;
import dev.macai.platform.provider.ProviderFailure.Kind;
import dev.macai.song.job.client.SlotPool;
import dev.macai.song.job.client.SongEventBus;
import dev.macai.song.job.client.WorkerHeartbeats;
import dev.macai.song.job.config.JobConfig;
import dev.macai.song.job.domain.PollBackoff;
import dev.macai.song.mureka.client.MurekaClient;
import dev.macai.song.mureka.domain.MurekaTask;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;

/**
 * Moves jobs forward, on every replica. Each tick claims due jobs (a lease in Postgres, so two
 * replicas never work on one job at once) and takes each one step: submit it when a Mureka slot is
 * free, or ask Mureka how it is going. Every step ends in a committed row, so a replica killed at
 * any point leaves each job either untouched (its lease runs out and another replica goes on) or
 * with its Mureka task id stored (the next replica polls it instead of submitting it again).
 */
@ApplicationScoped
public class JobWorker {

  private static final Logger LOG = Logger.getLogger(JobWorker.class);
  private static final Duration HEARTBEAT_TTL = Duration.ofSeconds(30);

  private final JobStore store;
  private final SlotPool slots;
  private final SlotCap cap;
  private final WorkerHeartbeats heartbeats;
  private final SongEventBus events;
  private final MurekaClient mureka;
  private final JobConfig config;
  private final PollBackoff backoff;
  private final ExecutorService pool;
  private final String replica;

  JobWorker(
      JobStore store,
      SlotPool slots,
      SlotCap cap,
      WorkerHeartbeats heartbeats,
      SongEventBus events,
      MurekaClient mureka,
      JobConfig config) {
    this.store = store;
    this.slots = slots;
    this.cap = cap;
    this.heartbeats = heartbeats;
    this.events = events;
    this.mureka = mureka;
    this.config = config;
    this.backoff = new PollBackoff(config.worker().pollInitial(), config.worker().pollMax());
    this.pool = Executors.newFixedThreadPool(config.worker().threads());
    this.replica = ReplicaName.generate();
  }

  public String replica() {
    return replica;
  }

  @Scheduled(
      every = "${song.worker.tick}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (config.worker().enabled()) {
      runOnce(replica);
    }
  }

  void stop(@Observes ShutdownEvent shutdown) {
    pool.shutdownNow();
  }

  /** One round as replica {@code owner}: claim due jobs, take each one step. */
  public int runOnce(String owner) {
    Instant now = Instant.now();
    try {
      heartbeats.beat(owner, HEARTBEAT_TTL);
    } catch (RuntimeException redisDown) {
      LOG.debugf("No heartbeat (Redis unavailable): %s", redisDown.getMessage());
    }
    List<UUID> claimed =
        store.claimDue(owner, now, now.plus(config.worker().lease()), config.worker().batch());
    List<Future<?>> steps = new ArrayList<>();
    for (UUID id : claimed) {
      steps.add(pool.submit(() -> advance(owner, id)));
    }
    for (Future<?> step : steps) {
      try {
        step.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        LOG.error("A job step failed", e.getCause());
      }
    }
    return claimed.size();
  }

  /** One step of one claimed job; a failure leaves the lease to run out and retries later. */
  void advance(String owner, UUID id) {
    try {
      Job job = store.load(id).orElse(null);
      if (job == null || !job.status().active() || !owner.equals(job.leaseOwner())) {
        return;
      }
      Instant now = Instant.now();
      if (now.isAfter(job.deadlineAt())) {
        // The Mureka task id stays: a recheck can still complete the song.
        finish(job, store.fail(id, owner, "timeout", null, now));
      } else if (job.murekaTaskId() == null) {
        submit(owner, job, now);
      } else {
        poll(owner, job, now);
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "Job %s: step failed; it is retried when its lease runs out", id);
    }
  }

  private void submit(String owner, Job job, Instant now) {
    String holder = job.id().toString();
    if (job.submitStartedAt() != null) {
      // A replica died between sending and storing the answer: Mureka may have the job.
      finish(
          job,
          store.fail(
              job.id(),
              owner,
              "submission_unconfirmed: the service stopped while submitting; Mureka may have"
                  + " accepted the song, so it is not submitted again. Check the Mureka"
                  + " dashboard before generating it again.",
              null,
              now));
      return;
    }
    if (!takeSlot(holder, now)) {
      store.reschedule(
          job.id(),
          owner,
          now.plus(config.worker().slotWait()),
          "waiting for a free Mureka slot",
          null,
          false,
          now);
      return;
    }
    if (!store.markSubmitting(job.id(), owner, now)) {
      releaseSlot(holder);
      return;
    }
    MurekaTask task;
    try {
      task = mureka.generate(job.kind(), job.lyrics(), job.prompt(), job.model());
    } catch (ProviderFailure failure) {
      releaseSlot(holder);
      submitFailed(owner, job, failure, now);
      return;
    }
    Instant after = Instant.now();
    store.storeTaskId(
        job.id(), owner, task.id(), task.status().wire(), after.plus(backoff.after(0)), after);
    LOG.infof("Job %s: submitted to Mureka as task %s", job.id(), task.id());
    // A cancel that came in while Mureka answered: the task id is kept, the slot is freed.
    if (store.load(job.id()).map(j -> !j.status().active()).orElse(true)) {
      releaseSlot(holder);
    }
    publish(job.id());
  }

  private void submitFailed(String owner, Job job, ProviderFailure failure, Instant now) {
    Kind kind = failure.kind();
    if (!failure.certainlyNotAccepted()) {
      finish(
          job,
          store.fail(
              job.id(),
              owner,
              "submission_unconfirmed: "
                  + failure.getMessage()
                  + " Mureka may have accepted the song, so it is not submitted again.",
              null,
              now));
    } else if (kind == Kind.UNAUTHORIZED || kind == Kind.REJECTED || kind == Kind.NOT_CONFIGURED) {
      finish(job, store.fail(job.id(), owner, failure.getMessage(), null, now));
    } else {
      store.reschedule(
          job.id(),
          owner,
          now.plus(waitAfter(failure, job)),
          "Mureka did not take the song yet: " + failure.getMessage(),
          null,
          true,
          now);
      publish(job.id());
    }
  }

  private void poll(String owner, Job job, Instant now) {
    String holder = job.id().toString();
    try {
      slots.hold(holder, config.worker().slotLease(), now);
    } catch (RuntimeException redisDown) {
      LOG.debugf("Slot not renewed (Redis unavailable): %s", redisDown.getMessage());
    }
    MurekaTask task;
    try {
      task = mureka.query(job.kind(), job.murekaTaskId());
    } catch (ProviderFailure failure) {
      queryFailed(owner, job, failure, now);
      return;
    }
    recordStatus(owner, job, task);
  }

  /** A wrong key or a task Mureka forgot ends the job; anything else is asked again later. */
  private void queryFailed(String owner, Job job, ProviderFailure failure, Instant now) {
    if (failure.kind() == Kind.UNAUTHORIZED || failure.kind() == Kind.NOT_FOUND) {
      finish(job, store.fail(job.id(), owner, failure.getMessage(), null, now));
      return;
    }
    store.reschedule(
        job.id(),
        owner,
        now.plus(waitAfter(failure, job)),
        "Mureka did not answer the status query: " + failure.getMessage(),
        null,
        false,
        now);
  }

  private void recordStatus(String owner, Job job, MurekaTask task) {
    String status = task.status().wire();
    Instant after = Instant.now();
    switch (task.status()) {
      case SUCCEEDED -> finish(job, store.succeed(job.id(), owner, status, task.choices(), after));
      case FAILED, TIMEOUTED ->
          finish(
              job,
              store.fail(
                  job.id(),
                  owner,
                  task.failedReason() == null
                      ? "Mureka reported the task " + status + "."
                      : task.failedReason(),
                  status,
                  after));
      case CANCELLED ->
          finish(job, store.fail(job.id(), owner, "Mureka cancelled the task.", status, after));
      default -> {
        boolean changed = !status.equals(currentMurekaStatus(job));
        store.reschedule(
            job.id(),
            owner,
            after.plus(backoff.after(job.attempts())),
            "Mureka: " + status,
            status,
            false,
            after);
        if (changed) {
          publish(job.id());
        }
      }
    }
  }

  /** What Mureka asked for when it rate-limits us, else the growing back-off. */
  private Duration waitAfter(ProviderFailure failure, Job job) {
    return failure.kind() == Kind.RATE_LIMITED
        ? backoff.afterRateLimit(failure.retryAfterSeconds(), job.attempts())
        : backoff.after(job.attempts());
  }

  private String currentMurekaStatus(Job job) {
    return store.event(job.id()).map(e -> e.murekaStatus()).orElse(null);
  }

  /** After a terminal write: free the slot and tell the streams (only if the write happened). */
  private void finish(Job job, boolean written) {
    if (written) {
      releaseSlot(job.id().toString());
      publish(job.id());
    }
  }

  private boolean takeSlot(String holder, Instant now) {
    try {
      return slots.tryTake(holder, cap.max(), config.worker().slotLease(), now);
    } catch (RuntimeException redisDown) {
      // Without the shared count we cannot keep the cap: nothing new starts until Redis is back.
      LOG.debugf("No slot (Redis unavailable): %s", redisDown.getMessage());
      return false;
    }
  }

  private void releaseSlot(String holder) {
    try {
      slots.release(holder);
    } catch (RuntimeException redisDown) {
      // The slot's lease runs out by itself.
      LOG.debugf("Slot %s not released (Redis unavailable): %s", holder, redisDown.getMessage());
    }
  }

  private void publish(UUID id) {
    store.event(id).ifPresent(events::publish);
  }
}
