package dev.macai.testkit.config;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;

/**
 * The service's own {@code application.properties} as its {@code prod} profile reads it, with
 * {@code environment} as the process environment: for tests of what production would do with a
 * given {@code .env}, without starting anything (e.g. {@code SecretCheck.problems(config)}).
 */
public final class ProductionConfig {

  private ProductionConfig() {}

  public static SmallRyeConfig of(Map<String, String> environment) {
    URL properties = ProductionConfig.class.getClassLoader().getResource("application.properties");
    if (properties == null) {
      throw new IllegalStateException("No application.properties on the test classpath");
    }
    try {
      return new SmallRyeConfigBuilder()
          .withProfile("prod")
          .addDefaultInterceptors()
          .withSources(new PropertiesConfigSource(properties, 250))
          .withSources(new EnvConfigSource(environment, 300))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
