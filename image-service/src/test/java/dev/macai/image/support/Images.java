package dev.macai.image.support;

import dev.macai.testkit.tokens.Users;
import java.util.Map;
import java.util.UUID;

/** Generates images through the API (against the simulator) to give a test something to list. */
public final class Images {

  public static final String GENERATE = "/api/v1/image/generate";

  private Images() {}

  public static UUID generate(UUID user, Map<String, Object> body) {
    String id =
        Users.as(user).body(body).post(GENERATE).then().statusCode(201).extract().path("id");
    return UUID.fromString(id);
  }

  public static UUID generate(UUID user, String prompt) {
    return generate(user, Map.of("prompt", prompt + " 0001"));
  }
}
