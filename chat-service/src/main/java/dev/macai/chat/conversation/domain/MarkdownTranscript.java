package dev.macai.chat.conversation.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A conversation as a Markdown document: a heading per message with its role and time (UTC). */
public final class MarkdownTranscript {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private MarkdownTranscript() {}

  public static String render(
      String title,
      String provider,
      String model,
      String systemContext,
      Instant createdAt,
      List<TranscriptEntry> entries) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(oneLine(title)).append("\n\n");
    md.append("- Provider: ").append(provider).append('\n');
    md.append("- Model: ").append(model).append('\n');
    md.append("- Created: ").append(TIME.format(createdAt)).append('\n');
    if (systemContext != null && !systemContext.isBlank()) {
      md.append("\n## System context\n\n").append(systemContext.strip()).append('\n');
    }
    for (TranscriptEntry entry : entries) {
      md.append("\n## ")
          .append(heading(entry))
          .append(" — ")
          .append(TIME.format(entry.createdAt()));
      md.append("\n\n").append(entry.content().strip()).append('\n');
    }
    return md.toString();
  }

  private static String heading(TranscriptEntry entry) {
    String role =
        switch (entry.role()) {
          case "user" -> "User";
          case "assistant" -> "Assistant";
          default -> "System";
        };
    StringBuilder notes = new StringBuilder();
    if (entry.summary()) {
      notes.append("summary");
    }
    if (entry.archived()) {
      notes.append(notes.isEmpty() ? "" : ", ").append("archived");
    }
    if (!"complete".equals(entry.status())) {
      notes.append(notes.isEmpty() ? "" : ", ").append(entry.status());
    }
    return notes.isEmpty() ? role : role + " (" + notes + ")";
  }

  /** A title with a newline would end the heading early. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
