package dev.macai.song.job.rest;

/** The model names Mureka accepts. */
final class Models {

  static final String PATTERN = "auto|mureka-7\\.5|mureka-7|mureka-6|mureka-o1";
  static final String MESSAGE = "must be one of auto, mureka-7.5, mureka-7, mureka-6, mureka-o1";

  private Models() {}
}
