package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StopRequestTest {

  private final StopRequest stopRequest = new StopRequest(new StackConsole(Path.of("/checkout")));

  @Test
  void withoutARequestTheStartUpGoesOnAndTheFallbackExitCodeApplies() {
    assertThatCode(stopRequest::abortIfRequested).doesNotThrowAnyException();
    assertThat(stopRequest.isRequested()).isFalse();
    assertThat(stopRequest.exitCodeOr(1)).isEqualTo(1);
  }

  /** Ctrl-C (130) and then a closing terminal (129): the launcher ends with the first. */
  @Test
  void theFirstRequestSetsTheExitCodeAndEndsTheStartUp() {
    stopRequest.request(130);
    stopRequest.request(129);

    assertThat(stopRequest.exitCodeOr(1)).isEqualTo(130);
    assertThat(stopRequest.whenRequested()).isCompletedWithValue(130);
    assertThatThrownBy(stopRequest::abortIfRequested)
        .isInstanceOf(StackFailure.class)
        .hasMessage("stop requested");
  }
}
