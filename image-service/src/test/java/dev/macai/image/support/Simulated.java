package dev.macai.image.support;

/** Facts of the simulator's image ({@code deploy/mock/openai}, a 1024x1024 dusk gradient PNG). */
public final class Simulated {

  public static final String PNG_SHA256 =
      "a67bdcf7953fbf841e8c7f0541c826f16deb7c4cb96a0576878657f1f460bf0a";
  public static final int PNG_BYTES = 4819;

  private Simulated() {}
}
