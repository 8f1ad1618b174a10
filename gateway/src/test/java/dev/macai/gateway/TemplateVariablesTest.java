package dev.macai.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.gateway.support.GatewayFiles;
import dev.macai.gateway.support.NginxTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates, the image's defaults and the README agree on the configuration variables. */
class TemplateVariablesTest {

  /** Computed at container start from JWT_PUBLIC_KEY_FILE / JWT_PUBLIC_KEY, never set directly. */
  private static final String DERIVED = "JWT_PUBLIC_KEY_SPKI";

  private static final Pattern ENV_ENTRY = Pattern.compile("([A-Z][A-Z0-9_]*)=(\\S+)");

  @Test
  void everyTemplateVariableHasADefaultInTheImage() throws IOException {
    Set<String> used = NginxTemplates.ofThisModule().placeholders();

    assertThat(used).contains("AUTH_UPSTREAM", "SONG_UPSTREAM", DERIVED);
    assertThat(imageDefaults().keySet())
        .containsAll(used.stream().filter(v -> !v.equals(DERIVED)).toList());
  }

  @Test
  void everyTemplateVariableIsDocumentedInTheReadme() throws IOException {
    String readme = Files.readString(GatewayFiles.readme());

    assertThat(NginxTemplates.ofThisModule().placeholders())
        .allSatisfy(variable -> assertThat(readme).contains("`" + variable + "`"));
  }

  @Test
  void theImageDefaultsRenderEveryPlaceholder(@TempDir Path target) throws IOException {
    Map<String, String> variables = new HashMap<>(imageDefaults());
    variables.put(DERIVED, "MIIBIjAN");

    NginxTemplates.ofThisModule().renderInto(target, variables);

    try (Stream<Path> files = Files.list(target)) {
      assertThat(files)
          .hasSize(NginxTemplates.ofThisModule().files().size())
          .allSatisfy(
              file -> assertThat(Files.readString(file)).doesNotContainPattern("\\$\\{[A-Z]"));
    }
  }

  @Test
  void nginxVariablesAreLeftForNginx() {
    String rendered = renderLine("proxy_pass http://${AUTH_UPSTREAM}$request_uri; # ${UNSET}");

    assertThat(rendered).isEqualTo("proxy_pass http://auth:1$request_uri; # ${UNSET}");
  }

  private static String renderLine(String line) {
    try {
      Path dir = Files.createTempDirectory("render");
      Files.writeString(dir.resolve("x.conf.template"), line);
      new NginxTemplates(dir).renderInto(dir, Map.of("AUTH_UPSTREAM", "auth:1"));
      return Files.readString(dir.resolve("x.conf"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ENV block of the Dockerfile: NAME=value pairs. */
  private static Map<String, String> imageDefaults() throws IOException {
    Map<String, String> defaults = new HashMap<>();
    Matcher matcher = ENV_ENTRY.matcher(Files.readString(GatewayFiles.dockerfile()));
    while (matcher.find()) {
      defaults.put(matcher.group(1), matcher.group(2));
    }
    return defaults;
  }
}
