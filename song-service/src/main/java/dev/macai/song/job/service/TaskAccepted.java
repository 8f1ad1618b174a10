package dev.macai.song.job.service;

import java.util.UUID;

/** The 202 answer of generate: the job is stored and will run. */
public record TaskAccepted(UUID taskId, UUID songId, String status) {}
