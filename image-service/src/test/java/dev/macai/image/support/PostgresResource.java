package dev.macai.image.support;

import dev.macai.testkit.postgres.ServicePostgres;

/** image-service's schema and role in the test kit's real PostgreSQL. */
public class PostgresResource extends ServicePostgres {

  public PostgresResource() {
    super("image", "image_service");
  }
}
