package dev.macai.chat.prompts.domain;

/** A template's identity: what the UI asks for, e.g. {@code images/enhance}. */
public record TemplateKey(String category, String action) {

  /** Lower-case letters, digits and hyphens, 1 to 50 of them (also a CHECK in the table). */
  public static final String PATTERN = "[a-z0-9-]{1,50}";

  @Override
  public String toString() {
    return category + "/" + action;
  }
}
