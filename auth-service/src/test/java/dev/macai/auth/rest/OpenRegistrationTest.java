package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.register;
import static org.hamcrest.Matchers.contains;

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

/** AUTH_REGISTRATION=open: anyone may sign up; the first account is still the admin. */
@QuarkusTest
@TestProfile(OpenRegistrationTest.Profile.class)
@WithTestResource(PostgresResource.class)
class OpenRegistrationTest {

  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("auth.registration", "open");
    }
  }

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void everyoneMaySignUpAndOnlyTheFirstIsAdmin() {
    register("ada@example.com").then().statusCode(201).body("roles", contains("user", "admin"));
    register("grace@example.com").then().statusCode(201).body("roles", contains("user"));
  }

  @Test
  void anEmailIsTakenWhateverItsCase() {
    register("ada@example.com").then().statusCode(201);
    register("ADA@example.com").then().statusCode(409).body("errors.field", contains("email"));
  }
}
