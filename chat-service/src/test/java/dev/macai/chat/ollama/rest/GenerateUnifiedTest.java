package dev.macai.chat.ollama.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.TemplateTable;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class GenerateUnifiedTest {

  static final String GENERATE = "/api/v1/ollama/chat/generate-unified";
  static final String PROMPTS = "/api/v1/prompts";

  @InjectSimulator WireMockServer simulator;
  @Inject TemplateTable table;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void freshInstall() {
    table.reseed();
    simulator.resetRequests();
  }

  static Map<String, Object> run(String category, String action, String input) {
    Map<String, Object> body = new HashMap<>();
    body.put("category", category);
    body.put("action", action);
    body.put("input_text", input);
    return body;
  }

  JsonNode onlyGenerateRequest() throws Exception {
    List<LoggedRequest> sent = simulator.findAll(postRequestedFor(urlEqualTo("/api/generate")));
    assertThat(sent).hasSize(1);
    return json.readTree(sent.get(0).getBodyAsString());
  }

  /** A template that runs on one of the simulator's fault models. */
  static void templateOnModel(String action, String model) {
    Map<String, Object> template = new HashMap<>();
    template.put("category", "faults");
    template.put("action", action);
    template.put("pre_condition", "Say something:");
    template.put("model", model);
    template.put("temperature", 0.5);
    template.put("max_tokens", 50);
    Users.asAdmin(ADA).body(template).post(PROMPTS).then().statusCode(201);
  }

  @Nested
  class HappyPath {

    @Test
    void runsTheTemplateOnTheInputAndAnswersTheTrimmedText() throws Exception {
      Users.as(EVE)
          .body(run("images", "enhance", "  a synthesizer at night "))
          .post(GENERATE)
          .then()
          .statusCode(200)
          .body(
              "response",
              equalTo(
                  "Cinematic close-up of a vintage analog synthesizer glowing under warm amber"
                      + " studio lights, shallow depth of field, soft film grain, moody teal"
                      + " shadows, photorealistic, 35mm lens"))
          .body("model", equalTo("llama3.2:3b"))
          .body("prompt_tokens", equalTo(87))
          .body("completion_tokens", equalTo(41));

      String pre =
          Users.as(EVE).get(PROMPTS + "/images/enhance").then().extract().path("pre_condition");
      String post =
          Users.as(EVE).get(PROMPTS + "/images/enhance").then().extract().path("post_condition");
      JsonNode sent = onlyGenerateRequest();
      assertThat(sent.get("model").asText()).isEqualTo("llama3.2:3b");
      assertThat(sent.get("stream").asBoolean()).isFalse();
      assertThat(sent.get("prompt").asText())
          .isEqualTo(pre + "\n\na synthesizer at night\n\n" + post);
      assertThat(sent.at("/options/temperature").decimalValue()).isEqualByComparingTo("0.7");
      assertThat(sent.at("/options/num_predict").asInt()).isEqualTo(400);
    }

    @Test
    void putsTheContextBeforeTheInput() throws Exception {
      Map<String, Object> body = run("lyrics", "improve-section", "my heart is a drum");
      body.put("context", "[Verse 1]\nmy heart is a drum\n[Chorus]\nbeat on");
      Users.as(EVE).body(body).post(GENERATE).then().statusCode(200);
      String prompt = onlyGenerateRequest().get("prompt").asText();
      assertThat(prompt)
          .contains("\n\nContext:\n[Verse 1]\nmy heart is a drum\n[Chorus]\nbeat on\n\n")
          .containsSubsequence("Context:", "my heart is a drum\n\nAnswer with the improved");
    }

    @Test
    void usesTheTemplatesCurrentModelAndOptions() throws Exception {
      Map<String, Object> change = new HashMap<>();
      change.put("pre_condition", "Title this:");
      change.put("post_condition", "Title only.");
      change.put("model", "qwen2.5:7b");
      change.put("temperature", 1.5);
      change.put("max_tokens", 12);
      Users.asAdmin(ADA).body(change).put(PROMPTS + "/songs/generate-title").then().statusCode(200);
      Users.as(EVE)
          .body(run("songs", "generate-title", "rain on a tin roof"))
          .post(GENERATE)
          .then()
          .statusCode(200);
      JsonNode sent = onlyGenerateRequest();
      assertThat(sent.get("model").asText()).isEqualTo("qwen2.5:7b");
      assertThat(sent.get("prompt").asText())
          .isEqualTo("Title this:\n\nrain on a tin roof\n\nTitle only.");
      assertThat(sent.at("/options/temperature").decimalValue()).isEqualByComparingTo("1.5");
      assertThat(sent.at("/options/num_predict").asInt()).isEqualTo(12);
    }
  }

  @Nested
  class Refusals {

    @Test
    void unknownTemplateIsNotFoundAndNothingIsSent() {
      Users.as(EVE)
          .body(run("images", "paint", "x"))
          .post(GENERATE)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/generate")))).isEmpty();
    }

    @Test
    void inactiveTemplateIsNotFound() {
      Map<String, Object> change = new HashMap<>();
      change.put("pre_condition", "x");
      change.put("model", "llama3.2:3b");
      change.put("temperature", 0.5);
      change.put("max_tokens", 10);
      change.put("active", false);
      Users.asAdmin(ADA).body(change).put(PROMPTS + "/images/enhance").then().statusCode(200);
      Users.as(EVE).body(run("images", "enhance", "x")).post(GENERATE).then().statusCode(404);
      assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/generate")))).isEmpty();
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> body = run("Images", "", " ");
      body.put("context", "c".repeat(200_001));
      Users.as(EVE)
          .body(body)
          .post(GENERATE)
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("action", "category", "context", "input_text"));
    }

    @Test
    void missingFieldsAreListed() {
      Users.as(EVE)
          .body(Map.of())
          .post(GENERATE)
          .then()
          .statusCode(400)
          .body("errors.field", containsInAnyOrder("action", "category", "input_text"));
    }

    @Test
    void needsAToken() {
      Users.anonymous()
          .body(run("images", "enhance", "x"))
          .post(GENERATE)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Nested
  class ProviderFaults {

    @Test
    void providerErrorIsBadGatewayWithItsMessage() {
      templateOnModel("crash", "fault-500");
      Users.as(EVE)
          .body(run("faults", "crash", "hello"))
          .post(GENERATE)
          .then()
          .statusCode(502)
          .contentType("application/problem+json")
          .body("title", equalTo("Bad Gateway"))
          .body(
              "detail",
              equalTo("Ollama answered 500: llama runner process has terminated: signal: killed"));
      // An HTTP error is an answer: it is not retried.
      assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/generate")))).hasSize(1);
    }

    @Test
    void missingModelIsBadGatewayWithItsMessage() {
      templateOnModel("missing", "fault-404");
      Users.as(EVE)
          .body(run("faults", "missing", "hello"))
          .post(GENERATE)
          .then()
          .statusCode(502)
          .body("detail", containsString("not found, try pulling it first"));
    }

    @Test
    void malformedJsonIsBadGateway() {
      templateOnModel("garbage", "fault-garbage");
      Users.as(EVE)
          .body(run("faults", "garbage", "hello"))
          .post(GENERATE)
          .then()
          .statusCode(502)
          .body("detail", equalTo("Ollama answered with malformed JSON."));
    }

    @Test
    void slowProviderIsGatewayTimeout() {
      templateOnModel("slow", "fault-slow");
      Users.as(EVE)
          .body(run("faults", "slow", "hello"))
          .post(GENERATE)
          .then()
          .statusCode(504)
          .body("title", equalTo("Gateway Timeout"))
          .body("detail", equalTo("Ollama did not answer within 1500 ms."));
      // A read timeout is not retried: the request may still be running on the provider.
      assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/generate")))).hasSize(1);
    }

    @Test
    void rateLimitedProviderIsUnavailableWithItsRetryAfter() {
      templateOnModel("busy", "fault-429");
      Users.as(EVE)
          .body(run("faults", "busy", "hello"))
          .post(GENERATE)
          .then()
          .statusCode(503)
          .header("Retry-After", "1")
          .body("detail", containsString("Ollama is busy: server busy"));
    }
  }
}
