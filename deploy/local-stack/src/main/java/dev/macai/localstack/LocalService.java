package dev.macai.localstack;

import java.net.URI;
import java.nio.file.Path;

/**
 * One service of the local stack: its Maven module (and process) name, its dev port (ARCHITECTURE
 * §2) and its PostgreSQL schema. The database role and the local password follow from the schema.
 */
record LocalService(String name, int port, String schema) {

  /** The login role owning the schema, as in production: {@code auth} → {@code auth_service}. */
  String role() {
    return schema + "_service";
  }

  /** A fixed, well-known password: the database only listens on this machine. */
  String localPassword() {
    return "local-" + role();
  }

  /** The fast-jar that {@code ./mvnw package} builds in the service's module. */
  Path jar(Path repoRoot) {
    return moduleDirectory(repoRoot).resolve("target/quarkus-app/quarkus-run.jar");
  }

  Path moduleDirectory(Path repoRoot) {
    return repoRoot.resolve(name);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  URI readinessUrl() {
    return baseUrl().resolve("/q/health/ready");
  }

  URI swaggerUiUrl() {
    return baseUrl().resolve("/q/swagger-ui");
  }
}
