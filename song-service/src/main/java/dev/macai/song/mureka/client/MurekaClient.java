package dev.macai.song.mureka.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import dev.macai.platform.provider.ProviderFailure.Kind;
import dev.macai.song.mureka.config.MurekaConfig;
import dev.macai.song.mureka.domain.GenerationKind;
import dev.macai.song.mureka.domain.MurekaBilling;
import dev.macai.song.mureka.domain.MurekaChoice;
import dev.macai.song.mureka.domain.MurekaStatus;
import dev.macai.song.mureka.domain.MurekaTask;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one door to Mureka. Owns the API key (sent, never logged, never echoed), retries a call that
 * found no connection (3 more tries, 5 s apart: the request never left, so even a paid generate may
 * be sent again), and turns every failure into a {@link ProviderFailure} whose {@link Kind} tells
 * the job pipeline what to do. Timeouts are the REST client's ({@code
 * quarkus.rest-client.mureka.*}).
 */
@ApplicationScoped
public class MurekaClient {

  private final MurekaApi api;
  private final Optional<String> apiKey;
  private final ProviderErrors errors;

  MurekaClient(
      @RestClient MurekaApi api,
      ObjectMapper json,
      MurekaConfig config,
      @ConfigProperty(name = "quarkus.rest-client.mureka.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.mureka.read-timeout") long readTimeoutMillis) {
    this.api = api;
    this.apiKey = config.apiKey().map(String::strip).filter(key -> !key.isEmpty());
    this.errors =
        new ProviderErrors("Mureka", baseUrl, readTimeoutMillis, apiKey, "MUREKA_API_KEY", json);
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
    return errors.authorization();
  }

  private <T> T call(Supplier<T> request) {
    return errors.call(request);
  }
}
