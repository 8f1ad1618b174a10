package dev.macai.image.health;

import dev.macai.image.storage.service.Storages;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells whether OpenAI answers and where new images are stored, without ever making the service
 * unready: the gallery, downloads and overlays work while OpenAI is down (ARCHITECTURE §3).
 */
@Readiness
@ApplicationScoped
public class ProviderReachabilityCheck implements HealthCheck {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(PROBE_TIMEOUT)
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final String openAiUrl;
  private final Storages storages;

  ProviderReachabilityCheck(
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String openAiUrl,
      Storages storages) {
    this.openAiUrl = openAiUrl;
    this.storages = storages;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("AI provider and storage").up();
    response.withData("openai", reachability(openAiUrl + "/v1/models"));
    response.withData("new_images_stored_in", storages.forNewObjects().backend().column());
    return response.build();
  }

  /** Any HTTP answer (even 401 without a key) means the provider is there. */
  private String reachability(String url) {
    try {
      HttpRequest probe =
          HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).GET().build();
      http.send(probe, HttpResponse.BodyHandlers.discarding());
      return "reachable";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    } catch (Exception e) {
      return "unreachable";
    }
  }
}
