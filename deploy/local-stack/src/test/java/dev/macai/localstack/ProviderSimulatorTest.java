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
          get(simulator.baseUrl().resolve("/v1/models"), ProviderSimulator.OPENAI_KEY);
      HttpResponse<String> rejected = get(simulator.baseUrl().resolve("/v1/models"), "sk-invalid");

      assertThat(tags.statusCode()).isEqualTo(200);
      assertThat(tags.body()).contains("llama3.2:3b");
      assertThat(models.statusCode()).isEqualTo(200);
      assertThat(models.body())
          .contains("\"gpt-5.4-mini\"", "\"gpt-image-2.6-sunburst\"", "\"shutdown_date\"");
      assertThat(models.body()).doesNotContain("dall-e-3");
      assertThat(rejected.statusCode()).isEqualTo(401);
      assertThat(rejected.body()).contains("invalid_api_key");
    }
  }

  /** The image answers are response templates; the launcher's WireMock must render them. */
  @Test
  void answersImageGenerationLikeGptImageAndRefusesDallEParameters() throws Exception {
    try (ProviderSimulator simulator = ProviderSimulator.start(REPO_ROOT, 0)) {
      URI generations = simulator.baseUrl().resolve("/v1/images/generations");
      HttpResponse<String> image =
          post(
              generations,
              "{\"model\": \"gpt-image-2.6-sunburst\", \"prompt\": \"dusk\","
                  + " \"quality\": \"low\", \"output_format\": \"webp\"}");
      HttpResponse<String> legacy =
          post(
              generations,
              "{\"model\": \"gpt-image-2.6-sunburst\", \"prompt\": \"dusk\","
                  + " \"response_format\": \"b64_json\"}");

      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.body())
          .contains("\"output_format\": \"webp\"", "\"quality\": \"low\"", "\"output_tokens\": 272")
          .doesNotContain("{{");
      assertThat(legacy.statusCode()).isEqualTo(400);
      assertThat(legacy.body()).contains("unknown_parameter", "response_format");
    }
  }

  /** The e2e run's provider contract reads what the services sent from the journal. */
  @Test
  void keepsAJournalOnlyWhenAsked() throws Exception {
    try (ProviderSimulator simulator = ProviderSimulator.start(REPO_ROOT, 0, 10)) {
      get(simulator.baseUrl().resolve("/api/tags"), null);
      HttpResponse<String> journal = get(simulator.baseUrl().resolve("/__admin/requests"), null);
      assertThat(journal.statusCode()).isEqualTo(200);
      assertThat(journal.body()).contains("\"url\" : \"/api/tags\"");
    }
  }

  @Test
  void servesMurekaNextToThem() throws Exception {
    try (ProviderSimulator simulator = ProviderSimulator.start(REPO_ROOT, 0)) {
      HttpResponse<String> billing =
          get(simulator.baseUrl().resolve("/v1/account/billing"), ProviderSimulator.MUREKA_KEY);
      HttpResponse<String> audio =
          get(simulator.baseUrl().resolve("/mureka-files/ok-1-1-abc/choice-0.mp3"), null);

      assertThat(billing.statusCode()).isEqualTo(200);
      assertThat(billing.body()).contains("\"concurrent_request_limit\":5");
      assertThat(audio.statusCode()).isEqualTo(200);
      assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
    }
  }

  private HttpResponse<String> post(URI uri, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + ProviderSimulator.OPENAI_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI uri, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
