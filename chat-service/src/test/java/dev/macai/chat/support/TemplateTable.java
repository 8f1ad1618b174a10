package dev.macai.chat.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Puts the prompt templates back to the seeded defaults, by running the seed migration again. */
@ApplicationScoped
public class TemplateTable {

  public static final int SEEDED = 11;
  private static final String SEED = "db/migration/V2__seed_prompt_templates.sql";

  @Inject DataSource dataSource;

  public void reseed() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SEED);
        Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DELETE FROM prompt_templates");
      sql.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
