package dev.macai.platform.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.platform.provider.ProviderFailure.Kind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Turns everything that can go wrong calling an AI provider into a {@link ProviderFailure}, the
 * same way for every provider: an error answer keeps the provider's own message (shortened, the key
 * scrubbed), 429 becomes 503 with its {@code Retry-After}, no connection and timeouts say which
 * provider and how long, and an answer that is not JSON says so. No detail names where the provider
 * is ({@code http://127.0.0.1:8089}, {@code http://ollama:11434}): that is our network's layout,
 * written to the log only. One instance per provider client.
 */
public final class ProviderErrors {

  private static final Logger LOG = Logger.getLogger(ProviderErrors.class);

  /** Longer provider messages are cut here: enough to act on, short enough for a snackbar. */
  static final int MAX_DETAIL = 500;

  /** What stands in a detail for an address taken out of it. */
  static final String ADDRESS = "[address]";

  /**
   * Addresses in what an HTTP client says about a connection: URLs, IPv4 and bracketed IPv6
   * addresses, and host:port pairs ({@code ollama/172.18.0.5:11434}, {@code
   * https://ollama:11434/api/chat}).
   */
  private static final Pattern URLS = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s\"'<>()]+");

  private static final Pattern ADDRESSES =
      Pattern.compile(
          URLS.pattern()
              + "|\\[[0-9A-Fa-f:.]+\\](:\\d+)?"
              + "|\\b([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*/)?\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b"
              + "|\\b[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*:\\d{2,5}\\b");

  private final String provider;
  private final String baseUrl;
  private final long readTimeoutMillis;
  private final Optional<String> key;
  private final String keyName;
  private final ObjectMapper json;
  private final String basePrefix;
  private final String baseAuthority;

  /**
   * @param provider the name people know it by ("OpenAI", "Mureka"), first word of every message
   * @param key the API key, scrubbed from whatever the provider says; empty for keyless providers
   * @param keyName the variable that holds the key, named when it is missing or refused; null for
   *     keyless providers
   */
  public ProviderErrors(
      String provider,
      String baseUrl,
      long readTimeoutMillis,
      Optional<String> key,
      String keyName,
      ObjectMapper json) {
    this.provider = provider;
    this.baseUrl = baseUrl;
    this.readTimeoutMillis = readTimeoutMillis;
    this.key = key.filter(k -> !k.isBlank());
    this.keyName = keyName;
    this.json = json;
    this.basePrefix = prefixOf(baseUrl);
    this.baseAuthority = baseUrl == null ? null : authorityOf(baseUrl);
  }

  /** The {@code Authorization} header value, or 503 naming the variable when no key is set. */
  public String authorization() {
    return "Bearer "
        + key.orElseThrow(
            () ->
                ProviderFailure.notConfigured(provider + " is not configured (" + keyName + ")."));
  }

  /** Runs a REST client call, translating whatever it throws. */
  public <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw malformed(e);
      }
      Response response = e.getResponse();
      throw answeredWithError(
          response.getStatus(), readBody(response), response.getHeaderString("Retry-After"));
    } catch (ProviderFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw transportFailure(e);
    }
  }

  /** The provider answered {@code status} with {@code body}. */
  public ProviderFailure answeredWithError(int status, String body, String retryAfterHeader) {
    if (keyName != null && (status == 401 || status == 403)) {
      // Providers quote part of a wrong key back: say what is wrong without repeating it.
      return new ProviderFailure(
          Kind.UNAUTHORIZED,
          provider + " rejected the API key (" + keyName + ").",
          null,
          errorCode(body));
    }
    String message = message(status, body);
    if (status == 429) {
      return ProviderFailure.busy(
          provider + " is busy: " + message, retryAfterSeconds(retryAfterHeader));
    }
    String detail = provider + " answered " + status + ": " + message;
    if (status >= 500) {
      return new ProviderFailure(
          Kind.OVERLOADED, detail, retryAfterSeconds(retryAfterHeader), errorCode(body));
    }
    Kind kind = status == 404 ? Kind.NOT_FOUND : Kind.REJECTED;
    return new ProviderFailure(kind, detail, null, errorCode(body));
  }

  /**
   * The call did not get an answer it could read: from a REST client (a runtime exception) or the
   * JDK's HTTP client (an {@code IOException}, an interruption).
   */
  public ProviderFailure transportFailure(Throwable e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return ProviderFailure.failed("The " + provider + " call was interrupted.");
    }
    if (causedBy(e, ConnectException.class)
        || causedBy(e, UnknownHostException.class)
        || causedBy(e, HttpConnectTimeoutException.class)) {
      // Where it was tried is for the operator's log; the client learns which provider.
      LOG.warnf("%s not reachable at %s: %s", provider, baseUrl, rootMessage(e));
      return ProviderFailure.unreachable(provider + " is not reachable.");
    }
    if (causedBy(e, TimeoutException.class)
        || causedBy(e, SocketTimeoutException.class)
        || causedBy(e, HttpTimeoutException.class)) {
      return ProviderFailure.timedOut(
          provider + " did not answer within " + readTimeoutMillis + " ms.");
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return malformed(e);
    }
    LOG.warnf(e, "%s call to %s failed", provider, baseUrl);
    // MALFORMED, not REJECTED: we cannot tell whether the provider acted on the request.
    return ProviderFailure.malformed(provider + " could not be called: " + transportMessage(e));
  }

  /**
   * What our HTTP client said about a failed connection, without the key and without any address in
   * it (its words describe our network, not the provider's answer).
   */
  public String transportMessage(Throwable e) {
    return ADDRESSES.matcher(scrub(rootMessage(e))).replaceAll(ADDRESS);
  }

  /** The provider sent something that is not its API's JSON; {@code what} is only logged. */
  public ProviderFailure malformed(Object what) {
    LOG.debugf("Unreadable answer from %s: %s", provider, what);
    return ProviderFailure.malformed(provider + " answered with malformed JSON.");
  }

  /**
   * What the provider said: {@code error.message} (OpenAI, Mureka), {@code error} as text (Ollama)
   * or {@code message}; anything else is quoted. Shortened and scrubbed of the key. An empty body
   * is named by its status's standard text, the same whichever HTTP client read it.
   */
  public String message(int status, String body) {
    if (body == null || body.isBlank()) {
      Response.Status known = Response.Status.fromStatusCode(status);
      return known == null ? "no details given" : known.getReasonPhrase();
    }
    return scrub(shorten(jsonMessage(body).orElse(body.strip())));
  }

  /**
   * Belt and braces: whatever the provider says, our key does not travel on, nor the address we
   * reach it at (its base URL, or host:port of it).
   */
  public String scrub(String text) {
    String scrubbed = key.map(k -> text.replace(k, "[redacted]")).orElse(text);
    if (basePrefix == null) {
      return scrubbed;
    }
    // A URL under the base URL goes whole; then the base's host:port wherever it stands.
    scrubbed =
        URLS.matcher(scrubbed)
            .replaceAll(
                url ->
                    url.group().startsWith(basePrefix)
                        ? ADDRESS
                        : Matcher.quoteReplacement(url.group()));
    scrubbed = scrubbed.replace(basePrefix, ADDRESS);
    return baseAuthority == null ? scrubbed : scrubbed.replace(baseAuthority, ADDRESS);
  }

  /** The base URL without a trailing slash, or null. */
  private static String prefixOf(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    String base = baseUrl.strip();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** host:port of the base URL, or null when it names no port. */
  private static String authorityOf(String baseUrl) {
    try {
      URI uri = URI.create(baseUrl.strip());
      return uri.getHost() != null && uri.getPort() != -1
          ? uri.getHost() + ":" + uri.getPort()
          : null;
    } catch (IllegalArgumentException | NullPointerException notAUri) {
      return null;
    }
  }

  private Optional<String> jsonMessage(String body) {
    try {
      JsonNode root = json.readTree(body);
      for (JsonNode candidate :
          new JsonNode[] {
            root.path("error").path("message"), root.path("error"), root.path("message")
          }) {
        if (candidate.isTextual() && !candidate.asText().isBlank()) {
          return Optional.of(candidate.asText());
        }
      }
    } catch (JsonProcessingException notJson) {
      // quote the body itself
    }
    return Optional.empty();
  }

  /** OpenAI's {@code error.code} ({@code model_not_found}, {@code invalid_value}…), or null. */
  private String errorCode(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode code = json.readTree(body).path("error").path("code");
      return code.isTextual() ? code.asText() : null;
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  private static String readBody(Response response) {
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** Delta-seconds only; an HTTP-date is rare from these APIs and then ignored. */
  public static Long retryAfterSeconds(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Math.max(0, Long.parseLong(header.strip()));
    } catch (NumberFormatException httpDate) {
      return null;
    }
  }

  public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The innermost cause's message, or its type when it has none. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Long provider texts are cut: a detail is for a person, not a dump of the provider's page. */
  public static String shorten(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }
}
