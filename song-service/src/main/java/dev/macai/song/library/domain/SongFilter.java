package dev.macai.song.library.domain;

/** Which songs a list shows; null means "any". {@code q} is already a LIKE pattern. */
public record SongFilter(
    String q, String status, String workflow, Boolean instrumental, Boolean rated) {}
