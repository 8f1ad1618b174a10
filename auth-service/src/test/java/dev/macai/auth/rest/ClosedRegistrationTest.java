package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.register;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AUTH_REGISTRATION=closed: nobody may sign up. */
@QuarkusTest
@TestProfile(ClosedRegistrationTest.Profile.class)
@WithTestResource(PostgresResource.class)
class ClosedRegistrationTest {

  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("auth.registration", "closed");
    }
  }

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void nobodyMaySignUpNotEvenTheFirst() {
    register("ada@example.com").then().statusCode(403);
  }
}
