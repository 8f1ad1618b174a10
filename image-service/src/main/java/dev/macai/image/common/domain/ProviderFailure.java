package dev.macai.image.common.domain;

/**
 * An AI provider call that failed. The status is what our caller gets (ARCHITECTURE §3): 502 when
 * the provider failed or is unreachable, 503 when it is busy (its {@code Retry-After} passed on),
 * 504 when it did not answer in time. The message is the provider's own, never a key.
 */
public class ProviderFailure extends RuntimeException {

  private final int status;
  private final String title;
  private final Integer retryAfterSeconds;
  private final String providerCode;

  private ProviderFailure(
      int status, String title, String detail, Integer retryAfterSeconds, String providerCode) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.retryAfterSeconds = retryAfterSeconds;
    this.providerCode = providerCode;
  }

  private ProviderFailure(int status, String title, String detail, Integer retryAfterSeconds) {
    this(status, title, detail, retryAfterSeconds, null);
  }

  /** The provider answered with an error or with something that is not its API's JSON. */
  public static ProviderFailure failed(String detail) {
    return new ProviderFailure(502, "Bad Gateway", detail, null);
  }

  /**
   * The provider refused the request with its own error code (OpenAI's {@code error.code}, e.g.
   * {@code model_not_found}), which callers may translate into something the person can act on.
   */
  public static ProviderFailure refused(String detail, String providerCode) {
    return new ProviderFailure(502, "Bad Gateway", detail, null, providerCode);
  }

  public static ProviderFailure timedOut(String detail) {
    return new ProviderFailure(504, "Gateway Timeout", detail, null);
  }

  /** The provider rate-limits us: not the caller's fault, so 503, with when to try again. */
  public static ProviderFailure busy(String detail, Integer retryAfterSeconds) {
    return new ProviderFailure(503, "Service Unavailable", detail, retryAfterSeconds);
  }

  /** No connection at all; the only failure worth retrying at once. */
  public static ProviderFailure unreachable(String detail) {
    return new Unreachable(detail);
  }

  /** The provider needs a setting (an API key) this installation does not have. */
  public static ProviderFailure notConfigured(String detail) {
    return new NotConfigured(detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The provider's own error code, or null. */
  public String providerCode() {
    return providerCode;
  }

  /** Seconds the provider asked us to wait, or null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** A separate type so fault tolerance can retry exactly these. */
  public static final class Unreachable extends ProviderFailure {
    private Unreachable(String detail) {
      super(502, "Bad Gateway", detail, null);
    }
  }

  /** A separate type so the circuit breaker does not count a missing setting as an outage. */
  public static final class NotConfigured extends ProviderFailure {
    private NotConfigured(String detail) {
      super(503, "Service Unavailable", detail, null);
    }
  }
}
