package dev.macai.auth.service;

/** The editable part of a profile; a null artist name clears it. */
public record ProfileChange(String firstName, String lastName, String artistName) {}
