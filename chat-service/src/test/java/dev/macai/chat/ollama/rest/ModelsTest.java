package dev.macai.chat.ollama.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ModelsTest {

  static final String MODELS = "/api/v1/ollama/chat/models";

  @InjectSimulator WireMockServer simulator;

  @Test
  void listsTheInstalledModelsWithTheirRealContextWindows() {
    Users.as(EVE)
        .get(MODELS)
        .then()
        .statusCode(200)
        .body("name", contains("llama3.2:3b", "qwen2.5:7b", "gemma2:2b"))
        .body("family", contains("llama", "qwen2", "gemma2"))
        .body("size", contains(2019393189, 4683087332L, 1629518495))
        .body("context_window", contains(131072, 32768, 8192));
  }

  @Test
  void asksForEachModelsDetailsOnlyOnceWhileCached() {
    Users.as(EVE).get(MODELS).then().statusCode(200);
    simulator.resetRequests();
    Users.as(EVE).get(MODELS).then().statusCode(200);
    assertThat(simulator.findAll(getRequestedFor(urlEqualTo("/api/tags")))).hasSize(1);
    assertThat(simulator.findAll(postRequestedFor(urlEqualTo("/api/show")))).isEmpty();
  }

  @Test
  void needsAToken() {
    Users.anonymous().get(MODELS).then().statusCode(401).contentType("application/problem+json");
  }
}
