package dev.macai.auth.support;

import dev.macai.testkit.postgres.ServicePostgres;

/** auth-service's schema and role in the test kit's real PostgreSQL. */
public class PostgresResource extends ServicePostgres {

  public PostgresResource() {
    super("auth", "auth_service");
  }
}
