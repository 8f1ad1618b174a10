package dev.macai.song.mureka.domain;

import java.util.List;

/** What Mureka says about a task: its status, why it failed, and the choices once it succeeded. */
public record MurekaTask(
    String id, MurekaStatus status, String failedReason, List<MurekaChoice> choices) {

  public MurekaTask {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }
}
