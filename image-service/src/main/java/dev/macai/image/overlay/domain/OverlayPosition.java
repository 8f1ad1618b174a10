package dev.macai.image.overlay.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a text block goes, as fractions of the image's width and height (0..1). The 3x3 grid names
 * sit at 0.1 / 0.5 / 0.9. The point is the block's left, centre or right edge for a point in the
 * left, middle or right third (and top, middle, bottom likewise), so "top-left" keeps the text 10 %
 * from both edges instead of centring it on the corner.
 */
public record OverlayPosition(double x, double y) {

  public static final String GRID_NAMES =
      "top-left|top-center|top-right|center-left|center|center-right"
          + "|bottom-left|bottom-center|bottom-right";

  private static final Map<String, OverlayPosition> GRID = grid();

  public OverlayPosition {
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
      throw new IllegalArgumentException("a position lies in 0..1, was " + x + ", " + y);
    }
  }

  public static Optional<OverlayPosition> named(String name) {
    return Optional.ofNullable(GRID.get(name));
  }

  /** -1 left/top edge, 0 centre, 1 right/bottom edge: which edge of the block sits on the point. */
  static int alignment(double fraction) {
    if (fraction <= 1.0 / 3) {
      return -1;
    }
    return fraction >= 2.0 / 3 ? 1 : 0;
  }

  private static Map<String, OverlayPosition> grid() {
    Map<String, OverlayPosition> grid = new LinkedHashMap<>();
    String[] rows = {"top", "center", "bottom"};
    String[] columns = {"left", "center", "right"};
    double[] at = {0.1, 0.5, 0.9};
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        String name =
            rows[row].equals(columns[column]) ? "center" : rows[row] + "-" + columns[column];
        grid.put(name, new OverlayPosition(at[column], at[row]));
      }
    }
    return Map.copyOf(grid);
  }
}
