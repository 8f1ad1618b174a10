package dev.macai.chat.conversation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How full a conversation's window is, as the UI shows it. From {@value #COMPRESSION_THRESHOLD} of
 * the window on, the next messages push old history out of the prompt, so it is time to compress.
 */
public record ContextMeter(int usedTokens, int window, double ratio, boolean needsCompression) {

  public static final double COMPRESSION_THRESHOLD = 0.8;

  public static ContextMeter of(int usedTokens, int window) {
    double ratio =
        window <= 0
            ? 0
            : BigDecimal.valueOf((double) usedTokens / window)
                .setScale(4, RoundingMode.HALF_UP)
                .doubleValue();
    // In integers: 0.8 as a double would make 4 of 5 tokens a rounding question.
    boolean full = window > 0 && usedTokens * 5L >= window * 4L;
    return new ContextMeter(usedTokens, window, ratio, full);
  }
}
