package dev.macai.song.storage.domain;

import java.util.UUID;

/** A choice whose audio still lives only at Mureka: where to fetch it, and how often we tried. */
public record PendingAudio(
    UUID choiceId, UUID userId, UUID songId, String mp3Url, String flacUrl, int attempts) {}
