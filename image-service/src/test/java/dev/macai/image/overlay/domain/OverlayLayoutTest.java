package dev.macai.image.overlay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OverlayLayoutTest {

  static final int W = 1000;
  static final int H = 800;
  static final double MARGIN = 16;

  @Test
  void gridNamesSitAtTenFiftyAndNinetyPercent() {
    assertThat(OverlayPosition.named("top-left")).contains(new OverlayPosition(0.1, 0.1));
    assertThat(OverlayPosition.named("center")).contains(new OverlayPosition(0.5, 0.5));
    assertThat(OverlayPosition.named("bottom-right")).contains(new OverlayPosition(0.9, 0.9));
    assertThat(OverlayPosition.named("center-left")).contains(new OverlayPosition(0.1, 0.5));
    assertThat(OverlayPosition.named("middle")).isEmpty();
    assertThat(OverlayPosition.GRID_NAMES.split("\\|"))
        .allSatisfy(name -> assertThat(OverlayPosition.named(name)).isPresent());
  }

  @Test
  void topLeftPutsTheBlocksCornerOnThePoint() {
    Box box = OverlayLayout.place(200, 50, new OverlayPosition(0.1, 0.1), W, H, MARGIN);
    assertThat(box).isEqualTo(new Box(100, 80, 200, 50));
  }

  @Test
  void centreCentresAndBottomRightPutsTheFarCornerOnThePoint() {
    assertThat(OverlayLayout.place(200, 50, new OverlayPosition(0.5, 0.5), W, H, MARGIN))
        .isEqualTo(new Box(400, 375, 200, 50));
    Box box = OverlayLayout.place(200, 50, new OverlayPosition(0.9, 0.9), W, H, MARGIN);
    assertThat(box.right()).isEqualTo(900);
    assertThat(box.bottom()).isEqualTo(720);
  }

  @Test
  void aBlockThatWouldStickOutIsPulledInsideTheMargin() {
    Box box = OverlayLayout.place(300, 100, new OverlayPosition(0.5, 1.0), W, H, MARGIN);
    assertThat(box.bottom()).isEqualTo(H - MARGIN);
    Box right = OverlayLayout.place(300, 100, new OverlayPosition(0.6, 0.5), W, H, MARGIN);
    assertThat(right.left()).isEqualTo(450);
    Box wide = OverlayLayout.place(990, 100, new OverlayPosition(0.1, 0.5), W, H, MARGIN);
    assertThat(wide.left()).isCloseTo(5, within(1e-9));
  }

  @Test
  void shrinksOnlyWhatDoesNotFit() {
    assertThat(OverlayLayout.fitScale(500, 100, W, H, MARGIN)).isEqualTo(1);
    assertThat(OverlayLayout.fitScale(1936, 100, W, H, MARGIN)).isEqualTo(0.5);
    assertThat(OverlayLayout.fitScale(100, 1536, W, H, MARGIN)).isEqualTo(0.5);
  }

  @Test
  void marginIsTheOutlineOrTwoPercentOfTheShorterSide() {
    assertThat(OverlayLayout.margin(1024, 1792, 3)).isCloseTo(20.48, within(1e-9));
    assertThat(OverlayLayout.margin(100, 100, 5)).isEqualTo(5);
  }

  @Test
  void stacksTheArtistUnderTheTitleAlignedLikeTheColumn() {
    OverlayLayout.Stack left =
        OverlayLayout.stack(400, 100, 200, 40, 12, new OverlayPosition(0.1, 0.9), W, H, MARGIN);
    assertThat(left.title().left()).isEqualTo(left.artist().left()).isEqualTo(100);
    assertThat(left.artist().top()).isEqualTo(left.title().bottom() + 12);
    assertThat(left.artist().bottom()).isEqualTo(720);

    OverlayLayout.Stack centre =
        OverlayLayout.stack(400, 100, 200, 40, 12, new OverlayPosition(0.5, 0.1), W, H, MARGIN);
    assertThat(centre.title().left() + 200).isEqualTo(centre.artist().left() + 100);

    OverlayLayout.Stack right =
        OverlayLayout.stack(400, 100, 200, 40, 12, new OverlayPosition(0.9, 0.5), W, H, MARGIN);
    assertThat(right.title().right()).isEqualTo(right.artist().right()).isEqualTo(900);
  }

  @Test
  void refusesAPositionOutsideTheImage() {
    assertThatThrownBy(() -> new OverlayPosition(1.1, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OverlayPosition(0.5, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesTitleUpperCaseAndArtistWithBy() {
    assertThat(OverlayText.title("  Night drive ")).isEqualTo("NIGHT DRIVE");
    assertThat(OverlayText.artist("Ada")).isEqualTo("BY ADA");
  }
}
