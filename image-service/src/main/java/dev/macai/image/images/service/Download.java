package dev.macai.image.images.service;

/** An image's bytes with the file name it should be saved under. */
public record Download(byte[] content, String contentType, String fileName) {}
