package dev.macai.platform.provider;

/**
 * An AI provider call that failed, classified by what a caller must do about it. The status is what
 * our client gets (ARCHITECTURE §3): 502 when the provider failed or is unreachable, 503 when it is
 * busy or not configured ({@code Retry-After} passed on), 504 when it did not answer in time. The
 * message is the provider's own, never a key.
 */
public class ProviderFailure extends RuntimeException {

  /** What went wrong. */
  public enum Kind {
    /** 401/403: the key is wrong; retrying cannot help. */
    UNAUTHORIZED(502),
    /** 429: rate limit or exhausted quota; wait and ask again. */
    RATE_LIMITED(503),
    /** 5xx: the provider is overloaded or broken; it did not take the request. */
    OVERLOADED(502),
    /** No connection at all: the request never reached the provider. */
    UNREACHABLE(502),
    /** Sent, but no answer in time: the provider may or may not have acted on it. */
    TIMED_OUT(504),
    /** An answer that is not the provider's API's JSON. */
    MALFORMED(502),
    /** 404: the provider does not know the thing asked for. */
    NOT_FOUND(502),
    /** Another 4xx, or an error we cannot classify: the provider refused this request. */
    REJECTED(502),
    /** No API key (or other setting) is configured. */
    NOT_CONFIGURED(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final Long retryAfterSeconds;
  private final String providerCode;

  /**
   * @param retryAfterSeconds seconds the provider asked us to wait, or null
   * @param providerCode the provider's own error code (OpenAI's {@code error.code}, e.g. {@code
   *     model_not_found}), which a caller may translate into something a person can act on
   */
  public ProviderFailure(Kind kind, String detail, Long retryAfterSeconds, String providerCode) {
    super(detail, null, false, false);
    this.kind = kind;
    this.retryAfterSeconds = retryAfterSeconds;
    this.providerCode = providerCode;
  }

  public ProviderFailure(Kind kind, String detail) {
    this(kind, detail, null, null);
  }

  /** The provider answered with an error we do not classify further. */
  public static ProviderFailure failed(String detail) {
    return new ProviderFailure(Kind.REJECTED, detail);
  }

  public static ProviderFailure malformed(String detail) {
    return new ProviderFailure(Kind.MALFORMED, detail);
  }

  public static ProviderFailure timedOut(String detail) {
    return new ProviderFailure(Kind.TIMED_OUT, detail);
  }

  /** The provider rate-limits us: not the caller's fault, so 503, with when to try again. */
  public static ProviderFailure busy(String detail, Long retryAfterSeconds) {
    return new ProviderFailure(Kind.RATE_LIMITED, detail, retryAfterSeconds, null);
  }

  public static ProviderFailure unreachable(String detail) {
    return new Unreachable(detail);
  }

  public static ProviderFailure notConfigured(String detail) {
    return new NotConfigured(detail);
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

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The provider's own error code, or null. */
  public String providerCode() {
    return providerCode;
  }

  /**
   * Whether the provider certainly did not act on the request, so the same request may be sent
   * again without paying twice.
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
      super(Kind.UNREACHABLE, detail);
    }
  }

  /** A separate type so a circuit breaker does not count a missing setting as an outage. */
  public static final class NotConfigured extends ProviderFailure {
    public NotConfigured(String detail) {
      super(Kind.NOT_CONFIGURED, detail);
    }
  }
}
