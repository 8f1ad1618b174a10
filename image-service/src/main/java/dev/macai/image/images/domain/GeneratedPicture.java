package dev.macai.image.images.domain;

/**
 * What the provider made: the image bytes with their real format and size, the token usage (null
 * when the answer has none) and the quality and background it says it used (null when unsaid).
 */
public record GeneratedPicture(
    byte[] content, ImageHeader header, ImageUsage usage, String quality, String background) {}
