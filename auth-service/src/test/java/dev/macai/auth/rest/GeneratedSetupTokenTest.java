package dev.macai.auth.rest;

import static dev.macai.auth.support.AuthApi.registerWithToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.auth.support.CleanState;
import dev.macai.auth.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No preset: a random token is made, logged and written to AUTH_SETUP_TOKEN_FILE. */
@QuarkusTest
@TestProfile(GeneratedSetupTokenTest.Profile.class)
@WithTestResource(PostgresResource.class)
class GeneratedSetupTokenTest {

  static final Path TOKEN_FILE = Path.of("target", "setup-token-test", "setup-token");

  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("auth.setup.token", "", "auth.setup.token-file", TOKEN_FILE.toString());
    }
  }

  @Inject CleanState state;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void theFileHoldsAFreshTokenReadableOnlyByTheOwner() throws Exception {
    String token = Files.readString(TOKEN_FILE).trim();
    assertThat(token).matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(TOKEN_FILE)))
        .isEqualTo("rw-------");
    state.reset();
    assertThat(Files.readString(TOKEN_FILE).trim()).isNotEqualTo(token);
  }

  @Test
  void theTokenCreatesTheAdminOnceAndTheFileGoes() throws Exception {
    String token = Files.readString(TOKEN_FILE).trim();
    registerWithToken("ada@example.com", "TEST-SETUP-TOKEN")
        .then()
        .statusCode(403)
        .body("code", equalTo("setup_token_invalid"));
    registerWithToken("ada@example.com", token).then().statusCode(201);
    assertThat(TOKEN_FILE).doesNotExist();
  }
}
