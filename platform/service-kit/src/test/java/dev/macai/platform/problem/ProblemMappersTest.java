package dev.macai.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void severalInvalidFieldsAreListedInTheOrderGiven() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("size", "must be one of 1024x1024, auto");
    fields.put("quality", "max needs gpt-image-2.5");

    Response response = mappers.refused(ServiceFailure.invalidFields(fields));
    Problem problem = (Problem) response.getEntity();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(problem.getDetail()).isEqualTo(ProblemMappers.INVALID_FIELDS);
    assertThat(problem.getErrors())
        .extracting(Problem.FieldError::field)
        .containsExactly("size", "quality");
  }

  @Test
  void aConflictAboutOneFieldKeepsItsOwnMessage() {
    Response response =
        mappers.refused(
            new ServiceFailure(
                409, "Conflict", "taken", Map.of("email", "taken"), null, null, Map.of()) {});

    assertThat(((Problem) response.getEntity()).getDetail()).isEqualTo("taken");
  }

  @Test
  void retryAfterTravelsAsHeaderAndMember() {
    Response response =
        mappers.providerFailed(ProviderFailure.busy("OpenAI is busy: slow down", 12L));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("12");
    assertThat(((Problem) response.getEntity()).getDetail()).isEqualTo("OpenAI is busy: slow down");
    assertThat(ProblemMappers.streamProblem(ProviderFailure.busy("busy", 12L)).getRetryAfter())
        .isEqualTo(12L);
  }

  @Test
  void aWrongTypeInsideAListNamesTheElement() {
    ObjectMapper json = new ObjectMapper();
    JsonMappingException wrongType =
        org.junit.jupiter.api.Assertions.assertThrows(
            JsonMappingException.class, () -> json.readValue("{\"ids\":[{}]}", Ids.class));

    assertThat(ProblemMappers.fieldOf(wrongType)).isEqualTo("ids[0]");
  }

  @Test
  void anUnexpectedFailureTellsNothingOfItself() {
    Response response = mappers.unexpected(new IllegalStateException("password=hunter2"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(((Problem) response.getEntity()).getDetail())
        .isEqualTo("Something went wrong on our side.");
  }

  record Ids(java.util.List<java.util.UUID> ids) {}
}
