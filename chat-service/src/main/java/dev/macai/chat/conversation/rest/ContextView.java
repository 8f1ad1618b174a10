package dev.macai.chat.conversation.rest;

import dev.macai.chat.conversation.domain.ContextMeter;

/** The context meter: how much of the window the conversation occupies. */
public record ContextView(int usedTokens, int window, double ratio, boolean needsCompression) {

  static ContextView of(ContextMeter meter) {
    return new ContextView(
        meter.usedTokens(), meter.window(), meter.ratio(), meter.needsCompression());
  }
}
