package dev.macai.song.job.client;

import dev.macai.song.job.domain.SlotLease;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Mureka concurrency slots shared by every replica: a Redis sorted set {@code song:slots} of
 * holders scored by when their lease ends. A slot whose holder stops renewing it (the replica died)
 * drops out at the next take, so a crash never leaks capacity for longer than one slot lease.
 * Holders are song ids, so whichever replica resumes a job keeps the job's own slot.
 */
@ApplicationScoped
public class SlotPool {

  static final String KEY = "song:slots";

  // Atomic: drop expired leases, renew an existing one, or take a free slot if under the cap.
  private static final String TAKE =
      "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2]) "
          + "if redis.call('ZSCORE', KEYS[1], ARGV[1]) then "
          + "  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1]) return 1 end "
          + "if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[4]) then "
          + "  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1]) return 1 end "
          + "return 0";

  private final RedisDataSource redis;

  SlotPool(RedisDataSource redis) {
    this.redis = redis;
  }

  /** Takes (or renews) {@code holder}'s slot if fewer than {@code max} are taken. */
  public boolean tryTake(String holder, int max, Duration lease, Instant now) {
    String taken =
        redis
            .execute(
                "EVAL",
                TAKE,
                "1",
                KEY,
                holder,
                Long.toString(now.toEpochMilli()),
                Long.toString(now.plus(lease).toEpochMilli()),
                Integer.toString(max))
            .toString();
    return "1".equals(taken);
  }

  /**
   * Keeps {@code holder}'s slot whatever the cap: its job is running at Mureka already, and the
   * count should say so.
   */
  public void hold(String holder, Duration lease, Instant now) {
    redis.sortedSet(String.class).zadd(KEY, now.plus(lease).toEpochMilli(), holder);
  }

  public boolean release(String holder) {
    return redis.sortedSet(String.class).zrem(KEY, holder) > 0;
  }

  /** The slots taken now (expired leases left out). */
  public List<SlotLease> taken(Instant now) {
    return redis.sortedSet(String.class).zrangeWithScores(KEY, 0, -1).stream()
        .filter(slot -> slot.score() > now.toEpochMilli())
        .map(SlotPool::lease)
        .toList();
  }

  private static SlotLease lease(ScoredValue<String> slot) {
    return new SlotLease(slot.value(), Instant.ofEpochMilli((long) slot.score()));
  }
}
