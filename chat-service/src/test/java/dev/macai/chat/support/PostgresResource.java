package dev.macai.chat.support;

import dev.macai.testkit.postgres.ServicePostgres;

/** chat-service's schema and role in the test kit's real PostgreSQL. */
public class PostgresResource extends ServicePostgres {

  public PostgresResource() {
    super("chat", "chat_service");
  }
}
