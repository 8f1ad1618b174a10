package dev.macai.image.images.domain;

/** What the provider made: the image bytes (PNG) and the prompt it says it actually drew. */
public record GeneratedPicture(byte[] png, String revisedPrompt) {}
