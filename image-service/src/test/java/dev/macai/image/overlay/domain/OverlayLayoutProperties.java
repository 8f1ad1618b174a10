package dev.macai.image.overlay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Whatever the size, position and text: the text stays inside the image. */
class OverlayLayoutProperties {

  @Property
  void aFittedBlockAlwaysLiesInsideTheMargins(
      @ForAll @IntRange(min = 64, max = 4096) int width,
      @ForAll @IntRange(min = 64, max = 4096) int height,
      @ForAll @DoubleRange(min = 1, max = 10000) double blockWidth,
      @ForAll @DoubleRange(min = 1, max = 2000) double blockHeight,
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y,
      @ForAll @IntRange(min = 0, max = 20) int outline) {
    double margin = OverlayLayout.margin(width, height, outline);
    double scale = OverlayLayout.fitScale(blockWidth, blockHeight, width, height, margin);
    assertThat(scale).isPositive().isLessThanOrEqualTo(1);
    Box box =
        OverlayLayout.place(
            blockWidth * scale,
            blockHeight * scale,
            new OverlayPosition(x, y),
            width,
            height,
            margin);
    double epsilon = 1e-6;
    assertThat(box.left()).isGreaterThanOrEqualTo(margin - epsilon);
    assertThat(box.top()).isGreaterThanOrEqualTo(margin - epsilon);
    assertThat(box.right()).isLessThanOrEqualTo(width - margin + epsilon);
    assertThat(box.bottom()).isLessThanOrEqualTo(height - margin + epsilon);
  }

  @Property
  void theBlockCoversItsPointUnlessItWasPulledInside(
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y,
      @ForAll @DoubleRange(min = 10, max = 900) double blockWidth,
      @ForAll @DoubleRange(min = 10, max = 900) double blockHeight) {
    Box box =
        OverlayLayout.place(blockWidth, blockHeight, new OverlayPosition(x, y), 1000, 1000, 20);
    double epsilon = 1e-6;
    boolean coversX = box.left() - epsilon <= x * 1000 && x * 1000 <= box.right() + epsilon;
    boolean clampedX = Math.abs(box.left() - 20) < epsilon || Math.abs(box.right() - 980) < epsilon;
    boolean coversY = box.top() - epsilon <= y * 1000 && y * 1000 <= box.bottom() + epsilon;
    boolean clampedY = Math.abs(box.top() - 20) < epsilon || Math.abs(box.bottom() - 980) < epsilon;
    assertThat(coversX || clampedX).isTrue();
    assertThat(coversY || clampedY).isTrue();
  }

  @Property
  void aStackKeepsBothLinesInsideAndInOrder(
      @ForAll @DoubleRange(min = 0, max = 1) double x,
      @ForAll @DoubleRange(min = 0, max = 1) double y,
      @ForAll @DoubleRange(min = 10, max = 900) double titleWidth,
      @ForAll @DoubleRange(min = 10, max = 900) double artistWidth) {
    OverlayLayout.Stack stack =
        OverlayLayout.stack(
            titleWidth, 120, artistWidth, 50, 15, new OverlayPosition(x, y), 1024, 1024, 20);
    assertThat(stack.artist().top()).isGreaterThan(stack.title().bottom());
    for (Box box : new Box[] {stack.title(), stack.artist()}) {
      assertThat(box.left()).isGreaterThanOrEqualTo(20 - 1e-6);
      assertThat(box.right()).isLessThanOrEqualTo(1004 + 1e-6);
      assertThat(box.top()).isGreaterThanOrEqualTo(20 - 1e-6);
      assertThat(box.bottom()).isLessThanOrEqualTo(1004 + 1e-6);
    }
  }
}
