package dev.macai.chat.conversation.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.macai.chat.conversation.rest.ConversationSupport.CONVERSATIONS;
import static dev.macai.chat.conversation.rest.ConversationSupport.create;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.macai.chat.support.PostgresResource;
import dev.macai.chat.support.ProviderSimulator;
import dev.macai.testkit.simulator.InjectSimulator;
import dev.macai.testkit.tokens.TestTokens;
import dev.macai.testkit.tokens.Users;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(ProviderSimulator.class)
class ConversationStreamDisconnectTest {

  @InjectSimulator WireMockServer simulator;
  final UUID me = UUID.randomUUID();
  StubMapping slowStream;

  @AfterEach
  void removeStub() {
    if (slowStream != null) {
      simulator.removeStub(slowStream);
    }
  }

  @Test
  void aClientThatLeavesMidStreamLeavesAnIncompleteReply() throws Exception {
    // A stream that takes 6 s for its 40 lines, so the client can leave in the middle of it.
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      ndjson
          .append("{\"model\":\"dribble\",\"message\":{\"role\":\"assistant\",\"content\":\"w")
          .append(i)
          .append(" \"},\"done\":false}\n");
    }
    ndjson.append(
        "{\"model\":\"dribble\",\"done\":true,\"prompt_eval_count\":10,\"eval_count\":40}\n");
    slowStream =
        simulator.stubFor(
            post(urlEqualTo("/api/chat"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$[?(@.model == 'dribble')]"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ndjson.toString())
                        .withChunkedDribbleDelay(40, 6000)));
    String id = create(me, "Leaving early", "dribble");

    String body = "{\"content\":\"tell me a long story\"}";
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      // A stream that never says token must fail the test, not hang it.
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + CONVERSATIONS
                  + "/"
                  + id
                  + "/messages/stream HTTP/1.1\r\n"
                  + "Host: localhost\r\n"
                  + "Authorization: Bearer "
                  + TestTokens.valid(me, "user")
                  + "\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Accept: text/event-stream\r\n"
                  + "Content-Length: "
                  + body.getBytes(StandardCharsets.UTF_8).length
                  + "\r\n"
                  + "\r\n"
                  + body)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String line;
      int tokens = 0;
      while ((line = in.readLine()) != null && tokens < 2) {
        if (line.matches("event: ?token")) {
          tokens++;
        }
      }
      assertThat(tokens).isEqualTo(2);
    }

    // Poll with a deadline until the server has noticed and stored what it had.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    List<Map<String, Object>> messages = List.of();
    while (Instant.now().isBefore(deadline)) {
      messages =
          Users.as(me)
              .get(CONVERSATIONS + "/" + id)
              .then()
              .statusCode(200)
              .extract()
              .path("messages.items");
      if (messages.size() == 2) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(messages).hasSize(2);
    Map<String, Object> reply = messages.get(1);
    assertThat(reply.get("role")).isEqualTo("assistant");
    assertThat(reply.get("status")).isEqualTo("incomplete");
    String content = (String) reply.get("content");
    assertThat(content).startsWith("w0 w1 ");
    assertThat(content).doesNotContain("w39");
    assertThat(messages.get(0).get("status")).isEqualTo("complete");
  }
}
