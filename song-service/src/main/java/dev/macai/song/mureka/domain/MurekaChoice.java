package dev.macai.song.mureka.domain;

/** One generated version of a song, as Mureka describes it; lyrics sections stay raw JSON. */
public record MurekaChoice(
    int index,
    String id,
    String mp3Url,
    String flacUrl,
    String wavUrl,
    String videoUrl,
    String coverUrl,
    Long durationMs,
    String title,
    String tags,
    String lyricsSectionsJson) {}
