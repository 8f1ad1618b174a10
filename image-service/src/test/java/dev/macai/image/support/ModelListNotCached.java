package dev.macai.image.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Asks OpenAI's model list on every request, so each test sees its own simulator answer. */
public class ModelListNotCached implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("openai.images.models-ttl", "0s");
  }
}
