package dev.macai.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The shared provisioning script {@code deploy/postgres/service-schema.sql}, which production and
 * the service test harnesses run too, so the local database is shaped like the real one.
 */
final class ServiceSchemaScript {

  static final Path LOCATION = Path.of("deploy", "postgres", "service-schema.sql");

  // Names are spliced into the SQL unquoted, so only plain lower-case identifiers are accepted.
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private final String template;

  ServiceSchemaScript(String template) {
    this.template = template;
  }

  static ServiceSchemaScript load(Path repoRoot) throws IOException {
    return new ServiceSchemaScript(Files.readString(repoRoot.resolve(LOCATION)));
  }

  /** The script for one service's schema and role in {@code database}. */
  String render(String schema, String role, String password, String database) {
    String names =
        template
            .replace("${schema}", identifier(schema))
            .replace("${role}", identifier(role))
            .replace("${database}", identifier(database));
    if (names.replace("${password}", "").contains("${")) {
      throw new IllegalStateException(LOCATION + " has a placeholder this launcher does not fill");
    }
    // The password goes in last, so text like "${schema}" inside it stays literal; '' escapes '.
    return names.replace("${password}", password.replace("'", "''"));
  }

  private static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
    }
    return name;
  }
}
