package dev.macai.song.mureka.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MurekaStatusTest {

  @Test
  void readsMurekasValuesAndTreatsNewOnesAsRunning() {
    assertThat(MurekaStatus.parse("succeeded")).isEqualTo(MurekaStatus.SUCCEEDED);
    assertThat(MurekaStatus.parse(" Streaming ")).isEqualTo(MurekaStatus.STREAMING);
    assertThat(MurekaStatus.parse("reviewing")).isEqualTo(MurekaStatus.UNKNOWN);
    assertThat(MurekaStatus.parse(null).terminal()).isFalse();
    assertThat(MurekaStatus.TIMEOUTED.terminal()).isTrue();
    assertThat(MurekaStatus.RUNNING.terminal()).isFalse();
  }
}
