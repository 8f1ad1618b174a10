package dev.macai.chat.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTranscriptTest {

  static final Instant T = Instant.parse("2026-01-15T10:31:07.123456Z");

  @Test
  void headsEachMessageWithItsRoleNotesAndUtcTime() {
    String md =
        MarkdownTranscript.render(
            "Chorus\nideas",
            "ollama",
            "llama3.2:3b",
            null,
            T,
            List.of(
                new TranscriptEntry("user", "hi ", T, "complete", false, true),
                new TranscriptEntry("system", "earlier: hi", T, "complete", true, false),
                new TranscriptEntry("user", "again", T, "failed", false, false),
                new TranscriptEntry("assistant", "partial", T, "incomplete", false, false)));
    assertThat(md)
        .isEqualTo(
            "# Chorus ideas\n\n"
                + "- Provider: ollama\n- Model: llama3.2:3b\n- Created: 2026-01-15 10:31:07 UTC\n"
                + "\n## User (archived) — 2026-01-15 10:31:07 UTC\n\nhi\n"
                + "\n## System (summary) — 2026-01-15 10:31:07 UTC\n\nearlier: hi\n"
                + "\n## User (failed) — 2026-01-15 10:31:07 UTC\n\nagain\n"
                + "\n## Assistant (incomplete) — 2026-01-15 10:31:07 UTC\n\npartial\n");
  }
}
