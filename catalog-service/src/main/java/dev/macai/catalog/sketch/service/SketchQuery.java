package dev.macai.catalog.sketch.service;

import dev.macai.platform.paging.PageRequest;

/** The library list's search box, filters, sort and page, as the client sent them. */
public record SketchQuery(
    String q, String workflow, String sketchType, String tag, PageRequest page) {}
