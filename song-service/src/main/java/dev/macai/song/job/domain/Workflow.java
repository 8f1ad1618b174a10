package dev.macai.song.job.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a finished song stands in the musician's work (the seed's three values). */
public enum Workflow {
  ON_WORK("onWork"),
  IN_USE("inUse"),
  NOT_USED("notUsed");

  private final String wire;

  Workflow(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<Workflow> parse(String value) {
    return Arrays.stream(values()).filter(w -> w.wire.equals(value)).findFirst();
  }
}
