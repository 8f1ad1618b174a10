package dev.macai.chat.conversation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many of the newest messages stay as they are (default 10). */
public record CompressRequest(@Min(0) @Max(1000) Integer keepLast) {

  static final int DEFAULT_KEEP_LAST = 10;

  int keepLastOrDefault() {
    return keepLast == null ? DEFAULT_KEEP_LAST : keepLast;
  }
}
