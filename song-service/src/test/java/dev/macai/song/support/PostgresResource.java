package dev.macai.song.support;

import dev.macai.testkit.postgres.ServicePostgres;

/** song-service's schema and role in the test kit's real PostgreSQL. */
public class PostgresResource extends ServicePostgres {

  public PostgresResource() {
    super("song", "song_service");
  }
}
