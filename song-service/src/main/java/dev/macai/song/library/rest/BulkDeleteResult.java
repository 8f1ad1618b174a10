package dev.macai.song.library.rest;

/** How many of the given songs were the caller's and are gone. */
public record BulkDeleteResult(int deleted) {}
