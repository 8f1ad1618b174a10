package dev.macai.image.images.domain;

import java.time.LocalDate;

/** A model OpenAI lists for the account, with its announced shutdown date (null: none). */
public record AccountModel(String id, LocalDate shutdownDate) {}
