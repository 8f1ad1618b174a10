package dev.macai.song.storage.service;

import dev.macai.song.storage.domain.RangeRequest;
import java.io.InputStream;

/**
 * What a signed media URL answers: the audio's type, the part of it that was asked for, and that
 * part's bytes ({@code body} is null when the range cannot be satisfied).
 */
public record MediaContent(String contentType, RangeRequest request, InputStream body) {}
