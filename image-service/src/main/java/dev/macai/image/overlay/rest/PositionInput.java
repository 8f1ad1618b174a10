package dev.macai.image.overlay.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.macai.image.overlay.domain.OverlayPosition;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A position as sent: a grid name ({@code "bottom-center"}) or {@code {"x": 0.5, "y": 0.8}}. An
 * unknown grid name is a JSON mapping error, reported on the field like a wrong type.
 */
public record PositionInput(
    @NotNull @DecimalMin("0") @DecimalMax("1") Double x,
    @NotNull @DecimalMin("0") @DecimalMax("1") Double y,
    String grid) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static PositionInput ofName(String name) {
    OverlayPosition position =
        OverlayPosition.named(name)
            .orElseThrow(
                () -> new IllegalArgumentException("must be one of " + OverlayPosition.GRID_NAMES));
    return new PositionInput(position.x(), position.y(), name);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static PositionInput ofPoint(@JsonProperty("x") Double x, @JsonProperty("y") Double y) {
    return new PositionInput(x, y, null);
  }

  OverlayPosition toPosition() {
    return new OverlayPosition(x, y);
  }

  /** How the metadata records it: the grid name when one was used, else the point. */
  Object recorded() {
    return grid != null ? grid : java.util.Map.of("x", x, "y", y);
  }
}
