package dev.macai.image.images.service;

import java.time.Instant;

/** What the gallery list is narrowed to and how it is ordered; null fields do not narrow. */
public record GalleryQuery(
    String q,
    String composition,
    String artisticStyle,
    String size,
    Boolean starred,
    Boolean hasOverlay,
    Instant createdFrom,
    Instant createdBefore,
    boolean sortByTitle,
    boolean descending,
    int limit,
    int offset) {}
