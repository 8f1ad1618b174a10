package dev.macai.song.job.service;

import dev.macai.song.mureka.domain.GenerationKind;
import java.util.UUID;

/** What a generate request asks for, validated. */
public record NewSong(
    GenerationKind kind, String lyrics, String prompt, String model, String title, UUID sketchId) {}
