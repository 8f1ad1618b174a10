package dev.macai.song.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The scheduled worker off: the test plays the replicas itself (one that dies, one that takes over)
 * by calling the worker with their names. Short lease and job timeout to see both run out.
 */
public class ManualWorker implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "song.worker.enabled", "false",
        "song.worker.lease", "1s",
        "song.job-timeout", "15s");
  }
}
