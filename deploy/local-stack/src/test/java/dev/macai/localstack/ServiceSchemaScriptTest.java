package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceSchemaScriptTest {

  private static final Path REPO_ROOT = Path.of("..", "..");

  @Test
  void fillsEveryPlaceholderOfTheSharedScript() throws Exception {
    LocalService auth = new LocalService("auth-service", 8081, "auth");

    String sql =
        ServiceSchemaScript.load(REPO_ROOT)
            .render(auth.schema(), auth.role(), auth.localPassword(), "macai");

    assertThat(sql)
        .doesNotContain("${")
        .contains("CREATE ROLE auth_service LOGIN PASSWORD 'local-auth_service'")
        .contains("CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION auth_service")
        .contains("GRANT CONNECT, TEMPORARY ON DATABASE macai TO auth_service");
  }

  @Test
  void escapesQuotesInThePasswordAndLeavesPlaceholdersInItLiteral() {
    ServiceSchemaScript script =
        new ServiceSchemaScript("ROLE ${role} PASSWORD '${password}' IN ${schema}.${database}");

    assertThat(script.render("auth", "auth_service", "it's ${schema}", "macai"))
        .isEqualTo("ROLE auth_service PASSWORD 'it''s ${schema}' IN auth.macai");
  }

  @Test
  void refusesNamesThatAreNotPlainIdentifiers() {
    ServiceSchemaScript script = new ServiceSchemaScript("CREATE SCHEMA ${schema};");

    assertThatThrownBy(() -> script.render("auth; DROP DATABASE macai", "r", "p", "macai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth; DROP DATABASE macai");
  }

  @Test
  void refusesATemplateWithAnUnknownPlaceholder() {
    ServiceSchemaScript script = new ServiceSchemaScript("GRANT ${privilege} TO ${role};");

    assertThatThrownBy(() -> script.render("auth", "auth_service", "p", "macai"))
        .isInstanceOf(IllegalStateException.class);
  }
}
