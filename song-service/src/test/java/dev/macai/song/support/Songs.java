package dev.macai.song.support;

import static org.awaitility.Awaitility.await;

import dev.macai.testkit.tokens.Users;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Submitting songs and waiting for their jobs, as a user of the API would. */
public final class Songs {

  public static final String BASE = "/api/v1/song";

  private Songs() {}

  public static Map<String, Object> song(String lyrics, String prompt) {
    Map<String, Object> body = new HashMap<>();
    body.put("lyrics", lyrics);
    body.put("prompt", prompt);
    body.put("model", "auto");
    return body;
  }

  /** Queues a song; answers its task id. */
  public static String generate(UUID user, String lyrics, String prompt) {
    return Users.as(user)
        .body(song(lyrics, prompt))
        .post(BASE + "/generate")
        .then()
        .statusCode(202)
        .extract()
        .path("task_id");
  }

  public static JsonPath status(UUID user, String taskId) {
    return Users.as(user)
        .get(BASE + "/task/status/" + taskId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Waits until the job has {@code expected} status; answers the last status document. */
  public static JsonPath awaitStatus(UUID user, String taskId, String expected, Duration within) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              last[0] = status(user, taskId);
              return expected.equals(last[0].getString("status"));
            });
    return last[0];
  }
}
