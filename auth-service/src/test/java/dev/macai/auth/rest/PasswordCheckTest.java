package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.PASSWORD;
import static dev.macai.auth.support.AuthApi.loginFrom;
import static dev.macai.auth.support.AuthApi.register;
import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import dev.macai.auth.support.TestClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every login path (success, wrong password, unknown email, throttled known or unknown email) runs
 * exactly one BCrypt check, counted by the service's own {@code auth_password_checks} metric, so
 * the answer time does not tell the paths apart.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PasswordCheckTest {

  private static final String EMAIL = "ada@example.com";
  private static final String UNKNOWN = "nobody@example.com";
  private static final String WRONG = "wrong password!";
  private static final String ADDRESS = "203.0.113.7";
  private static final String OTHER = "198.51.100.2";

  @Inject CleanState state;
  @Inject TestClock clock;
  @Inject MeterRegistry metrics;

  @BeforeEach
  void reset() {
    state.reset();
    register(EMAIL).then().statusCode(201);
  }

  @Test
  void everyPathRunsExactlyOneCheck() {
    assertThat(checksDuring(() -> loginFrom(OTHER, EMAIL, PASSWORD).statusCode())).isEqualTo(1);
    assertThat(checksDuring(() -> loginFrom(ADDRESS, EMAIL, WRONG).statusCode())).isEqualTo(1);
    assertThat(checksDuring(() -> loginFrom(ADDRESS, UNKNOWN, WRONG).statusCode())).isEqualTo(1);
    throttle(EMAIL);
    assertThat(checksDuring(() -> expect(429, loginFrom(ADDRESS, EMAIL, PASSWORD).statusCode())))
        .isEqualTo(1);
    throttle(UNKNOWN);
    assertThat(checksDuring(() -> expect(429, loginFrom(ADDRESS, UNKNOWN, WRONG).statusCode())))
        .isEqualTo(1);
  }

  /**
   * Not a timing assertion (that would be flaky on a shared 2-core machine): it prints the medians
   * of the three refusals so a reader sees they are alike. With the test profile's BCrypt cost 4
   * the check is cheap; production's cost 12 makes it dominate even more.
   */
  @Test
  void printsTheMedianTimeOfEachRefusal() {
    throttle(EMAIL);
    List<Long> wrong = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    List<Long> throttled = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      // A fresh address per round, so the wrong and unknown ones stay below their allowance.
      String fresh = "198.51.100." + (10 + i);
      wrong.add(timed(() -> expect(401, loginFrom(fresh, EMAIL, WRONG).statusCode())));
      unknown.add(timed(() -> expect(401, loginFrom(fresh, UNKNOWN, WRONG).statusCode())));
      throttled.add(timed(() -> expect(429, loginFrom(ADDRESS, EMAIL, WRONG).statusCode())));
    }
    System.out.printf(
        "login refusal medians (ms): wrong password %.2f, unknown email %.2f, throttled %.2f%n",
        median(wrong), median(unknown), median(throttled));
  }

  private double checksDuring(Supplier<Integer> login) {
    double before = checks();
    login.get();
    return checks() - before;
  }

  private double checks() {
    return metrics.find("auth_password_checks").counters().stream()
        .mapToDouble(counter -> counter.count())
        .sum();
  }

  /** Five failures from ADDRESS, then one after every wait, until the wait is 15 minutes. */
  private void throttle(String email) {
    for (int i = 0; i < 5; i++) {
      loginFrom(ADDRESS, email, WRONG);
    }
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMinutes(15));
      loginFrom(ADDRESS, email, WRONG);
    }
  }

  private static int expect(int status, int actual) {
    assertThat(actual).isEqualTo(status);
    return actual;
  }

  private static long timed(Supplier<Integer> login) {
    long start = System.nanoTime();
    login.get();
    return System.nanoTime() - start;
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(sorted.size() / 2) / 1_000_000.0;
  }
}
