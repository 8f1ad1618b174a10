package dev.macai.localstack;

import java.util.Map;
import java.util.Optional;

/**
 * Which outside dependencies the stack stands in for, read from the variables {@code ./run} was
 * started with (or its {@code .env}): without a real provider's variable, the provider simulator
 * plays Ollama, OpenAI or Mureka, and without a real bucket S3Proxy plays S3. A blank value counts
 * as unset, as an empty line in {@code .env} would.
 */
record ProviderSelection(Map<String, String> environment) {

  static ProviderSelection fromEnvironment() {
    return new ProviderSelection(System.getenv());
  }

  /** A developer with a local Ollama runs {@code OLLAMA_BASE_URL=http://localhost:11434 ./run}. */
  boolean simulatedOllama() {
    return unset("OLLAMA_BASE_URL");
  }

  /** A developer with an OpenAI account runs {@code OPENAI_API_KEY=sk-... ./run}. */
  boolean simulatedOpenAi() {
    return unset("OPENAI_API_KEY");
  }

  /** A developer with a Mureka account runs {@code MUREKA_API_KEY=... ./run}. */
  boolean simulatedMureka() {
    return unset("MUREKA_API_KEY");
  }

  /** A developer with a real bucket runs {@code S3_BUCKET=... S3_ENDPOINT=... ./run}. */
  boolean localS3() {
    return unset("S3_BUCKET");
  }

  /** Whether any provider is simulated, so the simulator has to run at all. */
  boolean needsSimulator() {
    return simulatedOllama() || simulatedOpenAi() || simulatedMureka();
  }

  /** A variable as given, e.g. the real provider's URL to show in the banner. */
  Optional<String> variable(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  // The environment holds the real providers' keys; nothing that prints this may show them.
  @Override
  public String toString() {
    return "ProviderSelection[simulatedOllama="
        + simulatedOllama()
        + ", simulatedOpenAi="
        + simulatedOpenAi()
        + ", simulatedMureka="
        + simulatedMureka()
        + ", localS3="
        + localS3()
        + "]";
  }

  private boolean unset(String name) {
    String configured = environment.get(name);
    return configured == null || configured.isBlank();
  }
}
