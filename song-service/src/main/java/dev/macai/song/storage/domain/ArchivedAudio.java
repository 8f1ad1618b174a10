package dev.macai.song.storage.domain;

/** One archived audio object: the store that holds it and its key there. */
public record ArchivedAudio(AudioBackend backend, String key) {}
