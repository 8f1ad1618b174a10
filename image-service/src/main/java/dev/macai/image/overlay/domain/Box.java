package dev.macai.image.overlay.domain;

/** A rectangle in image pixels: top-left corner, width, height. */
public record Box(double left, double top, double width, double height) {

  public double right() {
    return left + width;
  }

  public double bottom() {
    return top + height;
  }
}
