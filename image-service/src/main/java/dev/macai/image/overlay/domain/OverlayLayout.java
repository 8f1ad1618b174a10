package dev.macai.image.overlay.domain;

/**
 * The overlay's geometry, free of fonts and pixels: how far a text block must shrink to fit, where
 * it goes for a position, and the clamping that keeps it inside the image. The renderer measures
 * text and asks this class where to draw; the web UI's preview follows the same rules.
 */
public final class OverlayLayout {

  /** Space kept clear along every edge, as a share of the image's shorter side. */
  static final double MARGIN_SHARE = 0.02;

  private OverlayLayout() {}

  /** At least the outline (so it is not cut off) and 2 % of the shorter side. */
  public static double margin(int imageWidth, int imageHeight, double outlineWidth) {
    return Math.max(outlineWidth, MARGIN_SHARE * Math.min(imageWidth, imageHeight));
  }

  /**
   * The factor (at most 1) a block must be scaled by to fit between the side margins; text wider
   * than the image shrinks instead of being cut.
   */
  public static double fitScale(
      double blockWidth, double blockHeight, int w, int h, double margin) {
    double availableWidth = Math.max(1, w - 2 * margin);
    double availableHeight = Math.max(1, h - 2 * margin);
    double scale = Math.min(availableWidth / blockWidth, availableHeight / blockHeight);
    return Math.min(1, scale);
  }

  /** The block's box for a position, moved inside the margins where it would stick out. */
  public static Box place(
      double blockWidth,
      double blockHeight,
      OverlayPosition position,
      int imageWidth,
      int imageHeight,
      double margin) {
    double left =
        anchor(position.x() * imageWidth, blockWidth, OverlayPosition.alignment(position.x()));
    double top =
        anchor(position.y() * imageHeight, blockHeight, OverlayPosition.alignment(position.y()));
    return new Box(
        clamp(left, margin, imageWidth - margin - blockWidth),
        clamp(top, margin, imageHeight - margin - blockHeight),
        blockWidth,
        blockHeight);
  }

  /**
   * Two blocks stacked (title over artist) with a gap, as one block; the result gives each part's
   * box, both aligned like the position's column.
   */
  public static Stack stack(
      double titleWidth,
      double titleHeight,
      double artistWidth,
      double artistHeight,
      double gap,
      OverlayPosition position,
      int imageWidth,
      int imageHeight,
      double margin) {
    double width = Math.max(titleWidth, artistWidth);
    Box outer =
        place(width, titleHeight + gap + artistHeight, position, imageWidth, imageHeight, margin);
    int alignment = OverlayPosition.alignment(position.x());
    Box title = new Box(inner(outer, titleWidth, alignment), outer.top(), titleWidth, titleHeight);
    Box artist =
        new Box(
            inner(outer, artistWidth, alignment),
            outer.top() + titleHeight + gap,
            artistWidth,
            artistHeight);
    return new Stack(title, artist);
  }

  public record Stack(Box title, Box artist) {}

  private static double inner(Box outer, double width, int alignment) {
    return switch (alignment) {
      case -1 -> outer.left();
      case 1 -> outer.right() - width;
      default -> outer.left() + (outer.width() - width) / 2;
    };
  }

  private static double anchor(double point, double size, int alignment) {
    return switch (alignment) {
      case -1 -> point;
      case 1 -> point - size;
      default -> point - size / 2;
    };
  }

  /** Within [min, max]; a block larger than the space is centred in it. */
  private static double clamp(double value, double min, double max) {
    if (max < min) {
      return (min + max) / 2;
    }
    return Math.max(min, Math.min(max, value));
  }
}
