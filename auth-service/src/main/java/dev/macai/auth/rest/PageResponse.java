package dev.macai.auth.rest;

import java.util.List;

/** The list envelope of ARCHITECTURE §3. */
public record PageResponse<T>(List<T> items, long total, int limit, int offset) {}
