package dev.macai.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service, started as production starts it (prod profile) but without the token keys,
 * must refuse to start instead of running with a default. Runs after {@code package} (Failsafe).
 */
class ProdStartupIT {

  @Test
  void refusesToStartWithoutItsSecrets() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true);
    // Nothing from the developer's shell may fill the gap.
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    Process service = builder.start();
    boolean exited = service.waitFor(60, TimeUnit.SECONDS);
    String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!exited) {
      service.destroyForcibly();
    }

    assertThat(exited).as("the service must stop by itself").isTrue();
    assertThat(service.exitValue()).isNotZero();
    assertThat(output).contains("AUTH_JWT_PUBLIC_KEY_LOCATION");
  }
}
