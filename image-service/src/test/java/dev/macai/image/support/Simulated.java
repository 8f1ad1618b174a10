package dev.macai.image.support;

/**
 * Facts of the simulator's default image ({@code deploy/mock/openai/mappings/
 * images-generate-png-1024x1024.json}, a 1024x1024 dusk gradient PNG written by make-images.py).
 */
public final class Simulated {

  public static final String PNG_SHA256 =
      "75f6e89a38a806a124577f6f26ddb99c17e51c627eb6710d18c7a9151274999c";
  public static final int PNG_BYTES = 7011;

  /** The configured default of application.properties (OPENAI_IMAGE_MODEL). */
  public static final String DEFAULT_MODEL = "gpt-image-2.6-sunburst";

  private Simulated() {}
}
