package dev.macai.song.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells whether Mureka answers, without ever making the service unready: queued jobs wait for it,
 * and everything else works without it (ARCHITECTURE §3). Database and Redis readiness come from
 * the datasource and Redis client extensions.
 */
@Readiness
@ApplicationScoped
public class MurekaReachabilityCheck implements HealthCheck {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
  private final String murekaUrl;

  MurekaReachabilityCheck(@ConfigProperty(name = "quarkus.rest-client.mureka.url") String url) {
    this.murekaUrl = url;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Mureka").up().withData("mureka", reachability()).build();
  }

  /** Any HTTP answer (even 401 without a key) means Mureka is there. */
  private String reachability() {
    try {
      HttpRequest probe =
          HttpRequest.newBuilder(URI.create(murekaUrl + "/v1/account/billing"))
              .timeout(PROBE_TIMEOUT)
              .GET()
              .build();
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
