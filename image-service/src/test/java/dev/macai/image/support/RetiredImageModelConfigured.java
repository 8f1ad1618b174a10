package dev.macai.image.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An installation whose OPENAI_IMAGE_MODEL still names a model OpenAI has shut down. */
public class RetiredImageModelConfigured implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("openai.images.model", "dall-e-3");
  }
}
