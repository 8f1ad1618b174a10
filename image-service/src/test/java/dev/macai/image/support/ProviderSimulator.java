package dev.macai.image.support;

import com.github.tomakehurst.wiremock.core.Options;
import dev.macai.testkit.simulator.SimulatorResource;
import java.util.List;

/** The OpenAI simulator of {@code deploy/mock/openai}, with the OpenAI clients pointed at it. */
public class ProviderSimulator extends SimulatorResource {

  public ProviderSimulator() {
    super(
        null,
        List.of("../deploy/mock/openai/mappings"),
        List.of("openai"),
        Options.DEFAULT_CONTAINER_THREADS);
  }
}
