package dev.macai.chat.openai.domain;

import java.time.LocalDate;

/**
 * One entry of OpenAI's {@code GET /v1/models}: the id, when it was created (epoch seconds) and the
 * announced shutdown date, null when none is announced.
 */
public record OfferedModel(String id, long created, LocalDate shutdownDate) {}
