package dev.macai.song.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.song.storage.domain.RangeRequest.Outcome;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeRequestTest {

  @Test
  void noHeaderIsTheWholeObject() {
    RangeRequest request = RangeRequest.of(null, 1000);
    assertThat(request.outcome()).isEqualTo(Outcome.WHOLE);
    assertThat(request.range()).isEqualTo(new ByteRange(0, 999, 1000));
  }

  @Test
  void aClosedRange() {
    RangeRequest request = RangeRequest.of("bytes=0-99", 1000);
    assertThat(request.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(request.range().contentRange()).isEqualTo("bytes 0-99/1000");
    assertThat(request.range().length()).isEqualTo(100);
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertThat(RangeRequest.of("bytes=900-", 1000).range().contentRange())
        .isEqualTo("bytes 900-999/1000");
  }

  @Test
  void anEndBeyondTheObjectIsCutToItsEnd() {
    assertThat(RangeRequest.of("bytes=500-5000", 1000).range().contentRange())
        .isEqualTo("bytes 500-999/1000");
  }

  @Test
  void aSuffixIsTheLastBytes() {
    assertThat(RangeRequest.of("bytes=-100", 1000).range().contentRange())
        .isEqualTo("bytes 900-999/1000");
    assertThat(RangeRequest.of("bytes=-5000", 1000).range().contentRange())
        .isEqualTo("bytes 0-999/1000");
  }

  @Test
  void aStartAtOrBeyondTheEndCannotBeSatisfied() {
    assertThat(RangeRequest.of("bytes=1000-", 1000).outcome()).isEqualTo(Outcome.UNSATISFIABLE);
    assertThat(RangeRequest.of("bytes=99999999999999999999-", 1000).outcome())
        .isEqualTo(Outcome.UNSATISFIABLE);
    assertThat(RangeRequest.of("bytes=-0", 1000).outcome()).isEqualTo(Outcome.UNSATISFIABLE);
    assertThat(RangeRequest.of("bytes=0-", 0).outcome()).isEqualTo(Outcome.UNSATISFIABLE);
    assertThat(RangeRequest.unsatisfiedContentRange(1000)).isEqualTo("bytes */1000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "items=0-1", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-1", "bytes=0-1,5-9"})
  void whatCannotBeReadIsIgnored(String header) {
    assertThat(RangeRequest.of(header, 1000).outcome()).isEqualTo(Outcome.WHOLE);
  }

  @Property
  void aSatisfiedRangeLiesInsideTheObject(
      @ForAll @LongRange(min = 1, max = 1_000_000) long total,
      @ForAll @LongRange(min = 0, max = 2_000_000) long first,
      @ForAll @LongRange(min = 0, max = 2_000_000) long last) {
    RangeRequest request = RangeRequest.of("bytes=" + first + "-" + last, total);
    if (request.outcome() == Outcome.PARTIAL) {
      assertThat(request.range().first()).isEqualTo(first);
      assertThat(request.range().last()).isLessThan(total).isLessThanOrEqualTo(last);
      assertThat(request.range().length()).isPositive();
    } else if (request.outcome() == Outcome.UNSATISFIABLE) {
      assertThat(first).isGreaterThanOrEqualTo(total);
    } else {
      assertThat(last).isLessThan(first);
    }
  }
}
