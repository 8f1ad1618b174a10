package dev.macai.catalog.support;

import dev.macai.testkit.postgres.ServicePostgres;

/** catalog-service's schema and role in the test kit's real PostgreSQL. */
public class PostgresResource extends ServicePostgres {

  public PostgresResource() {
    super("catalog", "catalog_service");
  }
}
