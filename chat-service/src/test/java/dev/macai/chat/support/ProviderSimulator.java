package dev.macai.chat.support;

import com.github.tomakehurst.wiremock.core.Options;
import dev.macai.testkit.simulator.SimulatorResource;
import java.util.List;

/**
 * The Ollama and OpenAI simulators of {@code deploy/mock} in one WireMock (their paths {@code
 * /api/...} and {@code /v1/...} do not clash), with both clients pointed at it.
 */
public class ProviderSimulator extends SimulatorResource {

  public ProviderSimulator() {
    super(
        "../deploy/mock/ollama",
        List.of("../deploy/mock/openai/mappings"),
        List.of("ollama", "openai"),
        Options.DEFAULT_CONTAINER_THREADS);
  }
}
