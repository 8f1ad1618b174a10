package dev.macai.gateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A stand-in for the Angular build: index.html, a hashed bundle and an unhashed asset. */
public final class WebRoot {

  public static final String INDEX_MARKER = "<app-root>stub web UI</app-root>";
  public static final String HASHED_BUNDLE = "/main-AB12CD34.js";
  public static final String UNHASHED_ASSET = "/assets/i18n/en.json";

  private WebRoot() {}

  static void writeStub(Path root) throws IOException {
    Files.writeString(
        root.resolve("index.html"),
        "<!doctype html><html><head><base href=\"/\"></head><body>"
            + INDEX_MARKER
            + "<script src=\"main-AB12CD34.js\" type=\"module\"></script></body></html>");
    // Large and repetitive enough for gzip to apply (gzip_min_length 1024).
    Files.writeString(
        root.resolve(HASHED_BUNDLE.substring(1)), "console.log('stub bundle');\n".repeat(200));
    Files.createDirectories(root.resolve("assets/i18n"));
    Files.writeString(root.resolve(UNHASHED_ASSET.substring(1)), "{\"app.title\":\"Mac AI\"}");
  }
}
