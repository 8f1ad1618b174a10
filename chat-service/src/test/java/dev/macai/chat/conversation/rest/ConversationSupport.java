package dev.macai.chat.conversation.rest;

import dev.macai.testkit.tokens.Users;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Creating conversations in tests; each test uses a fresh user, so tests never see each other. */
final class ConversationSupport {

  static final String CONVERSATIONS = "/api/v1/conversations";

  private ConversationSupport() {}

  static Map<String, Object> draft(String title, String model) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("provider", "ollama");
    body.put("model", model);
    return body;
  }

  static String create(UUID user, Map<String, Object> body) {
    return Users.as(user)
        .body(body)
        .post(CONVERSATIONS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String create(UUID user, String title, String model) {
    return create(user, draft(title, model));
  }

  static void send(UUID user, String id, String content) {
    Users.as(user)
        .body(Map.of("content", content))
        .post(CONVERSATIONS + "/" + id + "/messages")
        .then()
        .statusCode(200);
  }
}
