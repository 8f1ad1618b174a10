package dev.macai.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

  @Test
  void withoutLocalJavaOptsTheServicesUseTheSerialCollector() {
    assertThat(ServiceProcess.jvmOptions(null)).containsExactly("-XX:+UseSerialGC");
  }

  @Test
  void localJavaOptsReplaceTheDefaultOptionByOption() {
    assertThat(ServiceProcess.jvmOptions("  -XX:+UseSerialGC   -XX:TieredStopAtLevel=1 "))
        .containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  }

  @Test
  void anEmptyLocalJavaOptsMeansTheJvmDefaults() {
    assertThat(ServiceProcess.jvmOptions("")).isEmpty();
  }
}
