package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One WireMock serves every provider's mappings from deploy/mock, as ./run starts it. */
class ProviderSimulatorTest {

  static final Path REPO_ROOT = Path.of("..", "..");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesOllamaAndOpenAiFromOneServer() throws Exception {
    try (ProviderSimulator simulator = ProviderSimulator.start(REPO_ROOT, 0)) {
      HttpResponse<String> tags = get(simulator.baseUrl().resolve("/api/tags"), null);
      HttpResponse<String> models =
          get(simulator.baseUrl().resolve("/v1/models"), LocalStack.SIMULATOR_OPENAI_KEY);
      HttpResponse<String> rejected = get(simulator.baseUrl().resolve("/v1/models"), "sk-invalid");

      assertThat(tags.statusCode()).isEqualTo(200);
      assertThat(tags.body()).contains("llama3.2:3b");
      assertThat(models.statusCode()).isEqualTo(200);
      assertThat(models.body()).contains("\"gpt-5.4-mini\"", "\"shutdown_date\"");
      assertThat(rejected.statusCode()).isEqualTo(401);
      assertThat(rejected.body()).contains("invalid_api_key");
    }
  }

  @Test
  void servesMurekaNextToThem() throws Exception {
    try (ProviderSimulator simulator = ProviderSimulator.start(REPO_ROOT, 0)) {
      HttpResponse<String> billing =
          get(simulator.baseUrl().resolve("/v1/account/billing"), LocalStack.SIMULATOR_MUREKA_KEY);
      HttpResponse<String> audio =
          get(simulator.baseUrl().resolve("/mureka-files/ok-1-1-abc/choice-0.mp3"), null);

      assertThat(billing.statusCode()).isEqualTo(200);
      assertThat(billing.body()).contains("\"concurrent_request_limit\":5");
      assertThat(audio.statusCode()).isEqualTo(200);
      assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
    }
  }

  private HttpResponse<String> get(URI uri, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
