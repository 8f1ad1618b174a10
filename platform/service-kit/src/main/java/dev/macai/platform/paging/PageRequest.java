package dev.macai.platform.paging;

/** Paging and sorting as asked for: {@code sort} is already one of the list's allowed keys. */
public record PageRequest(int limit, int offset, String sort, boolean descending) {}
