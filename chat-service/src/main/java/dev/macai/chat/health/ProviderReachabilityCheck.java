package dev.macai.chat.health;

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
 * Tells whether the AI providers answer, without ever making the service unready: the service still
 * serves templates, conversations and exports while Ollama is down (ARCHITECTURE §3).
 */
@Readiness
@ApplicationScoped
public class ProviderReachabilityCheck implements HealthCheck {

  private final Duration probeTimeout;
  private final HttpClient http;
  private final String ollamaUrl;
  private final String openAiUrl;

  ProviderReachabilityCheck(
      @ConfigProperty(name = "quarkus.rest-client.ollama.url") String ollamaUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String openAiUrl,
      @ConfigProperty(name = "chat.health.provider-probe-timeout") Duration probeTimeout) {
    this.ollamaUrl = ollamaUrl;
    this.openAiUrl = openAiUrl;
    this.probeTimeout = probeTimeout;
    this.http = HttpClient.newBuilder().connectTimeout(probeTimeout).build();
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("AI providers").up();
    response.withData("ollama", reachability(ollamaUrl + "/api/tags"));
    response.withData("openai", reachability(openAiUrl + "/v1/models"));
    return response.build();
  }

  /** Any HTTP answer (even 401 without a key) means the provider is there. */
  private String reachability(String url) {
    try {
      HttpRequest probe =
          HttpRequest.newBuilder(URI.create(url)).timeout(probeTimeout).GET().build();
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
