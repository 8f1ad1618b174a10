package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.localstack.ReadinessCheck.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What one look at a starting process decides, in the order the launcher relies on. */
class ReadinessCheckTest {

  private static final Instant DEADLINE = Instant.parse("2026-11-23T10:03:00Z");
  private static final Instant BEFORE = DEADLINE.minusSeconds(1);
  private static final Instant AFTER = DEADLINE.plusMillis(1);

  @Test
  void aServingProcessIsReadyEvenWhenAStopCameInOrTheDeadlinePassed() {
    assertThat(ReadinessCheck.verdict(true, true, true, AFTER, DEADLINE)).isEqualTo(Verdict.READY);
  }

  @Test
  void aStopRequestEndsTheWaitBeforeAnythingElseIsJudged() {
    assertThat(ReadinessCheck.verdict(false, true, false, AFTER, DEADLINE))
        .isEqualTo(Verdict.STOP_REQUESTED);
  }

  @Test
  void aDeadProcessIsReportedAsExitedEvenPastTheDeadline() {
    assertThat(ReadinessCheck.verdict(false, false, false, AFTER, DEADLINE))
        .isEqualTo(Verdict.EXITED);
    assertThat(ReadinessCheck.verdict(false, false, false, BEFORE, DEADLINE))
        .isEqualTo(Verdict.EXITED);
  }

  @Test
  void aLiveProcessTimesOutOnlyAfterTheDeadline() {
    assertThat(ReadinessCheck.verdict(false, false, true, AFTER, DEADLINE))
        .isEqualTo(Verdict.TIMED_OUT);
    assertThat(ReadinessCheck.verdict(false, false, true, DEADLINE, DEADLINE))
        .isEqualTo(Verdict.NOT_YET);
    assertThat(ReadinessCheck.verdict(false, false, true, BEFORE, DEADLINE))
        .isEqualTo(Verdict.NOT_YET);
  }
}
