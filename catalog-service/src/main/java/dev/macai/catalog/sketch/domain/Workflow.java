package dev.macai.catalog.sketch.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a sketch stands: an idea (draft), turned into a song (used), or put away (archived). */
public enum Workflow {
  draft,
  used,
  archived;

  public static final String PATTERN = "draft|used|archived";

  /** draft → used → archived, and used or archived back to draft. */
  public Set<Workflow> next() {
    return switch (this) {
      case draft -> EnumSet.of(used);
      case used -> EnumSet.of(archived, draft);
      case archived -> EnumSet.of(draft);
    };
  }

  public boolean canMoveTo(Workflow target) {
    return target == this || next().contains(target);
  }
}
