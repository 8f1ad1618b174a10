package dev.macai.image.images.service;

import java.util.List;

/** An edit of an image's own fields; a null field stays as it is. */
public record ImageChanges(String title, List<String> tags, Boolean starred) {}
