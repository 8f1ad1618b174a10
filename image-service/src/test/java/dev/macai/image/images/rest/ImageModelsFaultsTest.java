package dev.macai.image.images.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.image.support.ModelListNotCached;
import dev.macai.image.support.PostgresResource;
import dev.macai.image.support.ProviderSimulator;
import dev.macai.image.support.Simulated;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenAI's model list failing: the generator page still gets the configured model, with a notice in
 * OpenAI's words, never an error page.
 */
@QuarkusTest
@TestProfile(ModelListNotCached.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ImageModelsFaultsTest {

  @InjectSimulator WireMockServer simulator;
  private StubMapping fault;

  @AfterEach
  void removeTheFault() {
    if (fault != null) {
      simulator.removeStub(fault);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "500 | {\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"
            + " | OpenAI answered 500: The server had an error",
        "429 | {\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}"
            + " | OpenAI is busy: Rate limit reached",
        "200 | {\"object\": \"list\", \"data\": [ | OpenAI answered with malformed JSON."
      })
  void aFailingListFallsBackToTheConfiguredModel(int status, String body, String notice) {
    fault =
        simulator.stubFor(
            get(urlEqualTo("/v1/models"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    offersOnlyTheConfiguredModelSaying(notice);
  }

  @Test
  void aDroppedConnectionFallsBackToo() {
    fault =
        simulator.stubFor(
            get(urlEqualTo("/v1/models"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    offersOnlyTheConfiguredModelSaying("OpenAI");
  }

  @Test
  void theListIsBackOnceOpenAiIs() {
    Users.as(UUID.randomUUID())
        .get("/api/v1/image/models")
        .then()
        .statusCode(200)
        .body("from_account", equalTo(true))
        .body("models.size()", equalTo(7));
  }

  private static void offersOnlyTheConfiguredModelSaying(String notice) {
    Users.as(UUID.randomUUID())
        .get("/api/v1/image/models")
        .then()
        .statusCode(200)
        .body("from_account", equalTo(false))
        .body("notice", containsString(notice))
        .body("models[0].id", equalTo(Simulated.DEFAULT_MODEL));
  }
}
