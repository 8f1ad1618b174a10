package dev.macai.song.common.domain;

/**
 * A Mureka call that failed, classified by what the job pipeline must do about it. The status is
 * what an API caller gets (ARCHITECTURE §3): 502 when Mureka failed or is unreachable, 503 when it
 * is busy or not configured ({@code Retry-After} passed on), 504 when it did not answer in time.
 * The message is Mureka's own, never a key.
 */
public class ProviderFailure extends RuntimeException {

  /** What went wrong, as far as the job pipeline cares. */
  public enum Kind {
    /** 401/403: the key is wrong; retrying cannot help. */
    UNAUTHORIZED(502),
    /** 429: rate limit or exhausted quota; wait and ask again. */
    RATE_LIMITED(503),
    /** 5xx: Mureka is overloaded or broken; it did not take the request. */
    OVERLOADED(502),
    /** No connection at all: the request never reached Mureka. */
    UNREACHABLE(502),
    /** Sent, but no answer in time: Mureka may or may not have acted on it. */
    TIMED_OUT(504),
    /** Mureka answered 200 with something that is not its API's JSON. */
    MALFORMED(502),
    /** 404: Mureka does not know the task. */
    NOT_FOUND(502),
    /** Another 4xx: Mureka refused this request as it is. */
    REJECTED(502),
    /** No API key is configured. */
    NOT_CONFIGURED(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final Integer retryAfterSeconds;

  public ProviderFailure(Kind kind, String detail, Integer retryAfterSeconds) {
    super(detail, null, false, false);
    this.kind = kind;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public ProviderFailure(Kind kind, String detail) {
    this(kind, detail, null);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return kind.status;
  }

  public String title() {
    return switch (kind.status) {
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Bad Gateway";
    };
  }

  /** Seconds Mureka asked us to wait, or null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * Whether Mureka certainly did not act on the request, so the same request may be sent again
   * without paying twice.
   */
  public boolean certainlyNotAccepted() {
    return switch (kind) {
      case UNAUTHORIZED, RATE_LIMITED, OVERLOADED, UNREACHABLE, REJECTED, NOT_CONFIGURED -> true;
      default -> false;
    };
  }

  /** No connection: a separate type so fault tolerance can retry exactly these. */
  public static final class Unreachable extends ProviderFailure {
    public Unreachable(String detail) {
      super(Kind.UNREACHABLE, detail, null);
    }
  }
}
