package dev.macai.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.macai.platform.problem.Problem;
import dev.macai.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DailyBudgetsTest {

  static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

  final InMemoryLedger ledger = new InMemoryLedger();
  final UUID user = UUID.randomUUID();

  DailyBudgets budgets(long defaultLimit, Instant now) {
    return new DailyBudgets(ledger, Clock.fixed(now, ZoneOffset.UTC), defaultLimit, "images");
  }

  @Test
  void reservesUntilTheLimitThenRefusesWith429AndWhenItResets() {
    DailyBudgets budgets = budgets(2, NOON);
    budgets.reserve(user, 1);
    budgets.reserve(user, 1);

    BudgetExhausted refused = catchExhausted(() -> budgets.reserve(user, 1));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.code()).isEqualTo("daily_budget_exhausted");
    assertThat(refused.retryAfterSeconds()).isEqualTo(12 * 3600);
    assertThat(refused.extensions())
        .containsEntry("limit", 2L)
        .containsEntry("used", 2L)
        .containsEntry("resets_at", "2026-12-04T00:00:00Z");
    assertThat(refused.getMessage()).contains("daily limit of 2 images is used up");
    assertThat(budgets.today(user).used()).isEqualTo(2);
  }

  @Test
  void aReservationThatDoesNotFitTakesNothing() {
    DailyBudgets budgets = budgets(3, NOON);
    budgets.reserve(user, 2);

    BudgetExhausted refused = catchExhausted(() -> budgets.reserve(user, 2));

    assertThat(refused.getMessage()).contains("needs 2 images, but only 1");
    assertThat(budgets.today(user).used()).isEqualTo(2);
  }

  @Test
  void aUnitGivenBackCanBeUsedAgain() {
    DailyBudgets budgets = budgets(1, NOON);
    Reservation reservation = budgets.reserve(user, 1);

    budgets.giveBack(reservation);

    assertThat(budgets.today(user).used()).isZero();
    budgets.reserve(user, 1);
  }

  @Test
  void aUnitGivenBackAfterMidnightCreditsTheDayItWasTakenFrom() {
    Reservation lateCall = budgets(5, Instant.parse("2026-12-03T23:59:00Z")).reserve(user, 1);
    DailyBudgets tomorrow = budgets(5, Instant.parse("2026-12-04T00:01:00Z"));
    tomorrow.reserve(user, 1);

    tomorrow.giveBack(lateCall);

    assertThat(tomorrow.today(user).used()).isEqualTo(1);
    assertThat(budgets(5, NOON).today(user).used()).isZero();
  }

  @Test
  void aNewUtcDayStartsFresh() {
    DailyBudgets today = budgets(1, NOON);
    today.reserve(user, 1);
    assertThatThrownBy(() -> today.reserve(user, 1)).isInstanceOf(BudgetExhausted.class);

    DailyBudgets tomorrow = budgets(1, NOON.plus(Duration.ofDays(1)));

    assertThat(tomorrow.today(user).used()).isZero();
    tomorrow.reserve(user, 1);
  }

  @Test
  void zeroMeansNoLimitButUsageIsStillCounted() {
    DailyBudgets budgets = budgets(0, NOON);
    for (int i = 0; i < 500; i++) {
      budgets.reserve(user, 1);
    }

    DailyBudget budget = budgets.today(user);
    assertThat(budget.unlimited()).isTrue();
    assertThat(budget.remaining()).isNull();
    assertThat(budget.used()).isEqualTo(500);
    budgets.requireRemaining(user);
  }

  @Test
  void tokensAreRefusedUpFrontOnlyOnceUsedUpAndCountedInFull() {
    DailyBudgets tokens =
        new DailyBudgets(ledger, Clock.fixed(NOON, ZoneOffset.UTC), 100, "OpenAI chat tokens");
    tokens.requireRemaining(user);
    tokens.record(user, 90);
    tokens.requireRemaining(user);
    // The reply that crosses the limit is counted as OpenAI reported it.
    tokens.record(user, 40);

    assertThat(tokens.today(user).used()).isEqualTo(130);
    assertThat(tokens.today(user).remaining()).isZero();
    assertThat(
            catchExhausted(
                    () -> {
                      tokens.requireRemaining(user);
                      return null;
                    })
                .getMessage())
        .contains("daily limit of 100 OpenAI chat tokens is used up (130 used)");
  }

  @Test
  void theAdminOverrideReplacesTheDefaultUntilReset() {
    DailyBudgets budgets = budgets(50, NOON);
    UUID admin = UUID.randomUUID();

    assertThat(budgets.limit()).isEqualTo(new DailyLimit(50, 50, false, false, null));
    assertThat(budgets.setLimit(3, admin)).isEqualTo(new DailyLimit(3, 50, true, false, NOON));
    assertThat(budgets.today(user).limit()).isEqualTo(3);
    assertThat(budgets.setLimit(0, admin).unlimited()).isTrue();
    assertThat(budgets.resetLimit()).isEqualTo(new DailyLimit(50, 50, false, false, null));
    assertThat(budgets.currentLimit()).isEqualTo(50);
  }

  @Test
  void concurrentReservationsNeverTakeMoreThanTheLimit() throws Exception {
    DailyBudgets budgets = budgets(7, NOON);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        tries.add(
            pool.submit(
                () -> {
                  try {
                    budgets.reserve(user, 1);
                    return true;
                  } catch (BudgetExhausted refused) {
                    return false;
                  }
                }));
      }
      long granted = 0;
      for (Future<Boolean> t : tries) {
        granted += t.get() ? 1 : 0;
      }
      assertThat(granted).isEqualTo(7);
      assertThat(budgets.today(user).used()).isEqualTo(7);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theProblemIs429WithRetryAfterCodeAndTheBudgetMembers() {
    DailyBudgets budgets = budgets(1, Instant.parse("2026-12-03T23:00:00Z"));
    budgets.reserve(user, 1);

    Response response =
        new ProblemMappers().refused(catchExhausted(() -> budgets.reserve(user, 1)));
    Problem problem = (Problem) response.getEntity();

    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("3600");
    assertThat(problem.getTitle()).isEqualTo("Too Many Requests");
    assertThat(problem.getCode()).isEqualTo("daily_budget_exhausted");
    assertThat(problem.getRetryAfter()).isEqualTo(3600L);
    assertThat(problem.extensions())
        .containsEntry("limit", 1L)
        .containsEntry("used", 1L)
        .containsEntry("resets_at", "2026-12-04T00:00:00Z");
  }

  @Test
  void aNegativeDefaultIsAConfigurationError() {
    assertThatThrownBy(() -> budgets(-1, NOON)).isInstanceOf(IllegalArgumentException.class);
  }

  private static BudgetExhausted catchExhausted(Callable<?> call) {
    try {
      call.call();
    } catch (BudgetExhausted e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected BudgetExhausted, got " + e, e);
    }
    throw new AssertionError("expected BudgetExhausted, the call went through");
  }
}
