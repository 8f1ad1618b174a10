package dev.macai.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.platform.problem.Problem;
import dev.macai.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DailyLimitRequestTest {

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "50", "1000000000"})
  void takesWholeNumbersFromZero(String value) throws Exception {
    assertThat(DailyLimitRequest.dailyLimitOf(json.readTree("{\"daily_limit\": " + value + "}")))
        .isEqualTo(Long.parseLong(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"daily_limit\": -1}",
        "{\"daily_limit\": 2.5}",
        "{\"daily_limit\": 2.0}",
        "{\"daily_limit\": \"7\"}",
        "{\"daily_limit\": true}",
        "{\"daily_limit\": null}",
        "{\"daily_limit\": 1000000001}",
        "{\"daily_limit\": 99999999999999999999999}",
        "{\"limit\": 5}",
        "{}",
        "[5]",
        "5"
      })
  void refusesEverythingElseWithOneStableCode(String body) throws Exception {
    assertThatThrownBy(() -> DailyLimitRequest.dailyLimitOf(json.readTree(body)))
        .isInstanceOfSatisfying(
            InvalidDailyLimit.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.code()).isEqualTo("invalid_daily_limit");
              assertThat(e.fields()).containsOnlyKeys("daily_limit");
            });
  }

  @Test
  void noBodyAtAllIsRefusedTheSameWay() {
    assertThatThrownBy(() -> DailyLimitRequest.dailyLimitOf(null))
        .isInstanceOf(InvalidDailyLimit.class);
  }

  @Test
  void theProblemNamesTheFieldAndCarriesTheCode() throws Exception {
    Response response =
        new ProblemMappers()
            .refused(
                catchInvalid(
                    () -> DailyLimitRequest.dailyLimitOf(json.readTree("{\"daily_limit\": -3}"))));
    Problem problem = (Problem) response.getEntity();

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(problem.getCode()).isEqualTo("invalid_daily_limit");
    assertThat(problem.getErrors())
        .containsExactly(
            new Problem.FieldError(
                "daily_limit", "must be a whole number from 0 (no limit) to 1000000000"));
  }

  interface Call {
    void run() throws Exception;
  }

  private static InvalidDailyLimit catchInvalid(Call call) {
    try {
      call.run();
    } catch (InvalidDailyLimit e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected InvalidDailyLimit");
  }
}
