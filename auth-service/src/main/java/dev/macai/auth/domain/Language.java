package dev.macai.auth.domain;

/** The languages the web UI is translated into. */
public enum Language {
  en,
  de;

  public static final Language DEFAULT = en;
  public static final String PATTERN = "en|de";
}
