package dev.macai.image.images.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownloadNameTest {

  static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  @Test
  void usesTheTitleAsASlugWithTheDate() {
    assertThat(DownloadName.of("Night Drive: Vol. 2", "p", DAY, "png"))
        .isEqualTo("night-drive-vol-2-2025-03-10.png");
  }

  @Test
  void fallsBackToThePromptThenToImage() {
    assertThat(DownloadName.of(null, "Ünïcode café", DAY, "png"))
        .isEqualTo("unicode-cafe-2025-03-10.png");
    assertThat(DownloadName.of(" ", "…", DAY, "png")).isEqualTo("image-2025-03-10.png");
  }

  @Test
  void neverNamesAPathOrAHeaderBreak() {
    String name = DownloadName.of("../../etc/passwd\"\r\nX: y", null, DAY, "png");
    assertThat(name).isEqualTo("etc-passwd-x-y-2025-03-10.png");
  }

  @Test
  void keepsLongTitlesShort() {
    assertThat(DownloadName.of("a".repeat(300), null, DAY, "png")).hasSize(60 + 15);
  }
}
