package dev.macai.song.support;

import dev.macai.testkit.simulator.SimulatorResource;
import java.util.List;

/** The Mureka simulator of {@code deploy/mock/mureka}, with the Mureka client pointed at it. */
public class MurekaSimulator extends SimulatorResource {

  public MurekaSimulator() {
    // Many jobs poll at once in the concurrency tests.
    super("../deploy/mock/mureka", List.of(), List.of("mureka"), 40);
  }
}
