package dev.macai.image.images.domain;

/**
 * What a generation asks of the model beyond the prompt, in the API's own terms ({@code
 * compression} is {@code output_compression}; null means "leave it to the API's default").
 */
public record ImageOptions(
    String model,
    String size,
    String quality,
    ImageFormat format,
    Integer compression,
    String background,
    String moderation) {}
