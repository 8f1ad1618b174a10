package dev.macai.song.library.service;

import java.util.List;

/** What an update changes; null leaves a field as it is. */
public record SongChanges(String title, List<String> tags, String workflow) {}
