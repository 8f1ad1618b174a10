package dev.macai.chat.ollama.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.chat.ollama.rest.GenerateUnifiedStreamTest.streamed;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.GENERATE;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.run;
import static dev.macai.chat.ollama.rest.GenerateUnifiedTest.templateOnModel;
import static dev.macai.testkit.tokens.Users.EVE;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.chat.support.TemplateTable;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Ollama error with an empty body: the REST client's answer is named by its status line, a
 * stream's (the JDK's client has no reason phrase) by its status code.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class EmptyErrorBodyTest {

  static final String MODEL = "fault-empty-503";

  @InjectSimulator WireMockServer simulator;
  @Inject TemplateTable table;
  final List<StubMapping> stubs = new ArrayList<>();

  @BeforeEach
  void emptyErrors() {
    table.reseed();
    for (String path : List.of("/api/generate", "/api/chat")) {
      stubs.add(
          simulator.stubFor(
              post(urlEqualTo(path))
                  .atPriority(1)
                  .withRequestBody(matchingJsonPath("$[?(@.model == '" + MODEL + "')]"))
                  .willReturn(aResponse().withStatus(503))));
    }
    templateOnModel("empty", MODEL);
  }

  @AfterEach
  void removeStubs() {
    stubs.forEach(simulator::removeStub);
  }

  @Test
  void aWholeAnswerIsNamedByItsStatusLine() {
    Users.as(EVE)
        .body(run("faults", "empty", "hello"))
        .post(GENERATE)
        .then()
        .statusCode(502)
        .body("detail", equalTo("Ollama answered 503: Service Unavailable"));
  }

  @Test
  void aStreamIsNamedByItsStatus() {
    Users.as(EVE)
        .body(streamed("faults", "empty", "hello"))
        .post(GENERATE)
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", equalTo("Ollama answered 503: Service Unavailable"));
  }
}
