package dev.macai.gateway.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the gateway's files are, seen from the module directory Surefire runs the tests in. */
public final class GatewayFiles {

  private GatewayFiles() {}

  public static Path module() {
    Path here = Path.of("").toAbsolutePath();
    // Surefire runs in gateway/; an IDE may run from the repository root.
    if (Files.isDirectory(here.resolve("nginx/templates"))) {
      return here;
    }
    return here.resolve("gateway");
  }

  public static Path templates() {
    return module().resolve("nginx/templates");
  }

  public static Path njs() {
    return module().resolve("njs");
  }

  public static Path dockerfile() {
    return module().resolve("Dockerfile");
  }

  public static Path readme() {
    return module().resolve("README.md");
  }
}
