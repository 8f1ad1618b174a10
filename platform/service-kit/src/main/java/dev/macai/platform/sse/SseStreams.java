package dev.macai.platform.sse;

import dev.macai.platform.caller.Caller;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.problem.Problem;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Server-Sent Event streams open in this service instance, per user. A stream holds a {@link
 * Slot} from before its first byte until it ends: at most {@code SSE_MAX_STREAMS_PER_USER} (default
 * 6) per user, one more is refused with 429 {@code too_many_streams}; and no stream outlives the
 * access token it was opened with, so a user who logged out loses their streams at the latest when
 * that token's {@code exp} passes. A slot is released however its stream ends (completion, error,
 * the client leaving, the token expiring); releasing twice is harmless.
 */
@ApplicationScoped
public class SseStreams {

  /** The problem code of the refusal when a user has all their streams open. */
  public static final String TOO_MANY_STREAMS = "too_many_streams";

  /** The problem code of the last event of a stream whose token has expired. */
  public static final String TOKEN_EXPIRED = "token_expired";

  private static final Logger LOG = Logger.getLogger(SseStreams.class);

  private final int maxPerUser;
  private final Map<UUID, Integer> open = new ConcurrentHashMap<>();
  // Only fires; the endings run elsewhere, since ending a stream may wait on a slow client.
  private final ScheduledThreadPoolExecutor timer;
  private final ExecutorService endings;

  SseStreams(
      @ConfigProperty(name = "sse.max-streams-per-user", defaultValue = "6") int maxPerUser) {
    if (maxPerUser < 1) {
      throw new IllegalArgumentException("SSE_MAX_STREAMS_PER_USER must be at least 1");
    }
    this.maxPerUser = maxPerUser;
    this.timer = new ScheduledThreadPoolExecutor(1, daemon("sse-expiry"));
    this.timer.setRemoveOnCancelPolicy(true);
    this.endings = Executors.newCachedThreadPool(daemon("sse-ending"));
  }

  /** A slot for the caller of this request, until their token expires; else 429. */
  public Slot open(Caller caller) {
    return open(caller.id(), caller.tokenExpiresAt());
  }

  /**
   * A slot for {@code user}'s next stream, expiring with the token at {@code tokenExpiresAt}.
   *
   * @throws ServiceFailure 429 {@code too_many_streams} when the user has all theirs open
   */
  public Slot open(UUID user, Instant tokenExpiresAt) {
    boolean[] granted = {false};
    open.compute(
        user,
        (id, count) -> {
          int now = count == null ? 0 : count;
          if (now >= maxPerUser) {
            return count;
          }
          granted[0] = true;
          return now + 1;
        });
    if (!granted[0]) {
      LOG.debugf("Refused a stream for user %s: %d open", user, maxPerUser);
      throw ServiceFailure.tooMany(
          TOO_MANY_STREAMS,
          "You have " + maxPerUser + " live streams open already; close one and try again.",
          null);
    }
    Slot slot = new Slot(user, tokenExpiresAt);
    try {
      slot.schedule();
    } catch (RuntimeException shuttingDown) {
      slot.close();
      throw shuttingDown;
    }
    return slot;
  }

  /** How many streams {@code user} has open in this instance. */
  public int openStreams(UUID user) {
    return open.getOrDefault(user, 0);
  }

  /** The maximum per user. */
  public int maxPerUser() {
    return maxPerUser;
  }

  /**
   * The problem a stream sends as its last event when the token it was opened with has expired: the
   * client signs in again (or refreshes) and opens a new one.
   */
  public static Problem tokenExpired() {
    return new Problem(
        "Unauthorized",
        401,
        "Your session has expired; the stream was closed. Sign in again to continue.",
        List.of(),
        null,
        TOKEN_EXPIRED,
        Map.of());
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
    endings.shutdownNow();
  }

  private void release(UUID user) {
    open.computeIfPresent(user, (id, count) -> count <= 1 ? null : count - 1);
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One open stream of one user. Close it when the stream ends, whichever way. */
  public final class Slot implements AutoCloseable {

    private final UUID user;
    private final Instant expiresAt;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile ScheduledFuture<?> expiry;
    private Runnable ending; // guarded by this
    private boolean expired; // guarded by this

    private Slot(UUID user, Instant expiresAt) {
      this.user = user;
      this.expiresAt = expiresAt;
    }

    private void schedule() {
      long millis = Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis());
      expiry = timer.schedule(() -> endings.execute(this::expire), millis, TimeUnit.MILLISECONDS);
    }

    /** When the token this stream was opened with expires. */
    public Instant expiresAt() {
      return expiresAt;
    }

    /**
     * What ends the stream when the token expires (e.g. a last {@code error} event, then close);
     * runs once, on another thread, unless the slot was closed first. If the token has expired
     * already it runs at once. The slot is released afterwards.
     */
    public void onTokenExpiry(Runnable ending) {
      synchronized (this) {
        if (!expired) {
          this.ending = ending;
          return;
        }
      }
      run(ending);
    }

    /**
     * Ends {@code events} with an {@code eventName} event carrying {@code data} when the token
     * expires; a producer's later sends then fail with {@link SseWriter.ClientGone}, so it stops.
     */
    public void endOnTokenExpiry(SseWriter events, String eventName, String data) {
      onTokenExpiry(() -> events.end(eventName, data));
    }

    /**
     * {@code events} until the token expires (then it completes), releasing the slot however the
     * stream ends: completed, failed, or cancelled because the client left.
     */
    public <T> Multi<T> bound(Multi<T> events) {
      Duration left = Duration.between(Instant.now(), expiresAt);
      return events
          .select()
          .first(left.toMillis() < 1 ? Duration.ofMillis(1) : left)
          .onTermination()
          .invoke(this::close);
    }

    private void expire() {
      if (released.get()) {
        return; // the stream ended before its token did
      }
      Runnable end;
      synchronized (this) {
        expired = true;
        end = ending;
      }
      if (end != null) {
        LOG.debugf("Ending a stream of user %s: the token has expired", user);
        run(end);
      }
      close();
    }

    private void run(Runnable end) {
      try {
        end.run();
      } catch (RuntimeException e) {
        LOG.warn("Ending an expired stream failed", e);
      }
    }

    /** The stream has ended: its slot is free again. Idempotent. */
    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        ScheduledFuture<?> pending = expiry;
        if (pending != null) {
          pending.cancel(false);
        }
        release(user);
      }
    }
  }
}
