package dev.macai.song.mureka.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.song.common.domain.ProviderFailure;
import dev.macai.song.common.domain.ProviderFailure.Kind;
import dev.macai.song.mureka.config.MurekaConfig;
import dev.macai.song.mureka.domain.GenerationKind;
import dev.macai.song.mureka.domain.MurekaBilling;
import dev.macai.song.mureka.domain.MurekaChoice;
import dev.macai.song.mureka.domain.MurekaStatus;
import dev.macai.song.mureka.domain.MurekaTask;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one door to Mureka. Owns the API key (sent, never logged, never echoed), retries a call that
 * found no connection (3 more tries, 5 s apart: the request never left, so even a paid generate may
 * be sent again), and turns every failure into a {@link ProviderFailure} whose {@link Kind} tells
 * the job pipeline what to do. Timeouts are the REST client's ({@code
 * quarkus.rest-client.mureka.*}).
 */
@ApplicationScoped
public class MurekaClient {

  private static final Logger LOG = Logger.getLogger(MurekaClient.class);
  private static final int MAX_DETAIL = 300;

  private final MurekaApi api;
  private final ObjectMapper json;
  private final Optional<String> apiKey;
  private final String baseUrl;
  private final long readTimeoutMillis;

  MurekaClient(
      @RestClient MurekaApi api,
      ObjectMapper json,
      MurekaConfig config,
      @ConfigProperty(name = "quarkus.rest-client.mureka.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.mureka.read-timeout") long readTimeoutMillis) {
    this.api = api;
    this.json = json;
    this.apiKey = config.apiKey().map(String::strip).filter(key -> !key.isEmpty());
    this.baseUrl = baseUrl;
    this.readTimeoutMillis = readTimeoutMillis;
  }

  public boolean configured() {
    return apiKey.isPresent();
  }

  /** Submits a paid generation; answers Mureka's task (its id must be stored at once). */
  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 3, delay = 5000, jitter = 0)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "mureka", "operation", "generate"})
  public MurekaTask generate(GenerationKind kind, String lyrics, String prompt, String model) {
    String authorization = authorization();
    MurekaWire.GenerateRequest request =
        new MurekaWire.GenerateRequest(
            kind == GenerationKind.SONG ? lyrics : null, model, prompt, null);
    MurekaTask task = toTask(call(() -> api.generate(authorization, kind.path(), request)));
    if (task.id() == null || task.id().isBlank()) {
      throw new ProviderFailure(Kind.MALFORMED, "Mureka accepted the song without a task id.");
    }
    return task;
  }

  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 3, delay = 5000, jitter = 0)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "mureka", "operation", "query"})
  public MurekaTask query(GenerationKind kind, String taskId) {
    String authorization = authorization();
    return toTask(call(() -> api.query(authorization, kind.path(), taskId)));
  }

  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "mureka", "operation", "billing"})
  public MurekaBilling billing() {
    String authorization = authorization();
    MurekaWire.Billing billing = call(() -> api.billing(authorization));
    if (billing == null) {
      throw new ProviderFailure(Kind.MALFORMED, "Mureka answered the billing call without a body.");
    }
    return new MurekaBilling(
        billing.accountId(),
        billing.balance(),
        billing.totalRecharge(),
        billing.totalSpending(),
        billing.concurrentRequestLimit());
  }

  private MurekaTask toTask(MurekaWire.Task task) {
    if (task == null) {
      throw new ProviderFailure(Kind.MALFORMED, "Mureka answered without a task.");
    }
    List<MurekaChoice> choices =
        task.choices() == null ? List.of() : task.choices().stream().map(this::toChoice).toList();
    return new MurekaTask(
        task.id(), MurekaStatus.parse(task.status()), task.failedReason(), choices);
  }

  private MurekaChoice toChoice(MurekaWire.Choice choice) {
    String sections = null;
    if (choice.lyricsSections() != null && !choice.lyricsSections().isNull()) {
      sections = choice.lyricsSections().toString();
    }
    return new MurekaChoice(
        choice.index() == null ? 0 : choice.index(),
        choice.id(),
        choice.url(),
        choice.flacUrl(),
        choice.wavUrl(),
        choice.videoUrl(),
        choice.coverUrl(),
        choice.duration(),
        choice.title(),
        choice.tags(),
        sections);
  }

  private String authorization() {
    return "Bearer "
        + apiKey.orElseThrow(
            () ->
                new ProviderFailure(
                    Kind.NOT_CONFIGURED, "Mureka is not configured (MUREKA_API_KEY)."));
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (WebApplicationException e) {
      if (causedBy(e, JsonProcessingException.class)) {
        throw garbage(e);
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

  private ProviderFailure answeredWithError(int status, String body, String retryAfter) {
    String message = providerMessage(status, body);
    if (status == 401 || status == 403) {
      return new ProviderFailure(
          Kind.UNAUTHORIZED, "Mureka rejected the API key (MUREKA_API_KEY): " + message);
    }
    if (status == 429) {
      return new ProviderFailure(
          Kind.RATE_LIMITED,
          "Mureka rate-limits us or the quota is used up: " + message,
          retryAfterSeconds(retryAfter));
    }
    if (status == 404) {
      return new ProviderFailure(Kind.NOT_FOUND, "Mureka does not know the task: " + message);
    }
    if (status >= 500) {
      return new ProviderFailure(
          Kind.OVERLOADED,
          "Mureka answered " + status + ": " + message,
          retryAfterSeconds(retryAfter));
    }
    return new ProviderFailure(Kind.REJECTED, "Mureka answered " + status + ": " + message);
  }

  private ProviderFailure transportFailure(RuntimeException e) {
    if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)) {
      LOG.debugf("Mureka not reachable: %s", e);
      return new ProviderFailure.Unreachable("Mureka is not reachable at " + baseUrl + ".");
    }
    if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)) {
      return new ProviderFailure(
          Kind.TIMED_OUT, "Mureka did not answer within " + readTimeoutMillis + " ms.");
    }
    if (causedBy(e, JsonProcessingException.class)) {
      return garbage(e);
    }
    LOG.warn("Mureka call failed", e);
    return new ProviderFailure(Kind.MALFORMED, "Mureka could not be called: " + rootMessage(e));
  }

  private static ProviderFailure garbage(Exception e) {
    LOG.debugf("Unreadable answer from Mureka: %s", e);
    return new ProviderFailure(Kind.MALFORMED, "Mureka answered with malformed JSON.");
  }

  private static String readBody(Response response) {
    try {
      return response.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * Mureka's errors are {@code {"error": {"message": ...}}}; anything else is quoted, shortened.
   */
  private String providerMessage(int status, String body) {
    if (body == null || body.isBlank()) {
      return "HTTP " + status;
    }
    String message = body.strip();
    try {
      MurekaWire.Error error = json.readValue(body, MurekaWire.Error.class);
      if (error != null && error.error() != null && error.error().message() != null) {
        message = error.error().message();
      }
    } catch (JsonProcessingException notJson) {
      // quote the body itself
    }
    String shortened =
        message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "…";
    return apiKey.map(key -> shortened.replace(key, "[redacted]")).orElse(shortened);
  }

  private static Integer retryAfterSeconds(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Math.max(0, Integer.parseInt(header.strip()));
    } catch (NumberFormatException httpDate) {
      return null;
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
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

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
