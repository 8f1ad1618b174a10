package dev.macai.chat.prompts.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a template run sends to the model: the template's pre-condition, the optional context,
 * the user's input, the template's post-condition, in this order, separated by blank lines. Blank
 * parts are left out, and each part is stripped so the separators stay exactly one blank line.
 */
public final class PromptBuilder {

  static final String SEPARATOR = "\n\n";
  static final String CONTEXT_LABEL = "Context:\n";

  private PromptBuilder() {}

  public static String build(
      String preCondition, String context, String inputText, String postCondition) {
    List<String> parts = new ArrayList<>(4);
    add(parts, "", preCondition);
    add(parts, CONTEXT_LABEL, context);
    add(parts, "", inputText);
    add(parts, "", postCondition);
    return String.join(SEPARATOR, parts);
  }

  private static void add(List<String> parts, String label, String text) {
    if (text != null && !text.isBlank()) {
      parts.add(label + text.strip());
    }
  }
}
