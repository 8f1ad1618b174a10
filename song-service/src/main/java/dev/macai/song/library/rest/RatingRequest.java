package dev.macai.song.library.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** 1 liked, 0 disliked, null not rated. */
public record RatingRequest(@Min(0) @Max(1) Integer rating) {}
