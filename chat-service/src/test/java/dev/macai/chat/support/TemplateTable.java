package dev.macai.chat.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts the prompt templates back to the seeded defaults, by running the seed migrations again (the
 * seed, then the later rewording of the image templates).
 */
@ApplicationScoped
public class TemplateTable {

  public static final int SEEDED = 11;
  private static final List<String> SEEDS =
      List.of(
          "db/migration/V2__seed_prompt_templates.sql",
          "db/migration/V4__image_templates_name_gpt_image.sql");

  @Inject DataSource dataSource;

  public void reseed() {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DELETE FROM prompt_templates");
      for (String seed : SEEDS) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(seed)) {
          sql.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
