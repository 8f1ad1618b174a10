package dev.macai.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wire shape every service answers errors with (ARCHITECTURE §3), as the services' Jackson
 * writes it.
 */
class ProblemTest {

  private final ObjectMapper json =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void aPlainProblemHasOnlyTheRfcMembers() throws Exception {
    String body =
        json.writeValueAsString(new Problem("Not Found", 404, "No such song.", List.of()));

    assertThat(body)
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such"
                + " song.\"}");
  }

  @Test
  void fieldErrorsRetryCodeAndExtensionsAppearWhenSet() throws Exception {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("model", "gpt-4o");
    extensions.put("model_shutdown_date", LocalDate.of(2026, 10, 1));
    Problem problem =
        new Problem(
            "Conflict",
            409,
            "retired",
            List.of(new Problem.FieldError("tags[0]", "too long")),
            30L,
            "model_retired",
            extensions);

    String body = json.writeValueAsString(problem);

    assertThat(body)
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"retired\","
                + "\"errors\":[{\"field\":\"tags[0]\",\"message\":\"too long\"}],"
                + "\"retry_after\":30,\"code\":\"model_retired\",\"model\":\"gpt-4o\","
                + "\"model_shutdown_date\":\"2026-10-01\"}");
  }
}
