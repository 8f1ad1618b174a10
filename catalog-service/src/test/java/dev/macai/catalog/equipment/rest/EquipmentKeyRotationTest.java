package dev.macai.catalog.equipment.rest;

import static dev.macai.catalog.equipment.EquipmentBodies.PATH;
import static dev.macai.catalog.equipment.EquipmentBodies.create;
import static dev.macai.catalog.equipment.EquipmentBodies.full;
import static dev.macai.catalog.equipment.FernetTestKeys.FOREIGN_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.RETIRED_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.ROTATED_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.TEST_KEY;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static dev.macai.testkit.tokens.Users.as;
import static dev.macai.testkit.tokens.Users.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.catalog.equipment.EquipmentRows;
import dev.macai.catalog.equipment.domain.FernetCipher;
import dev.macai.catalog.equipment.domain.UnreadableSecretException;
import dev.macai.catalog.support.CleanState;
import dev.macai.catalog.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a rotation: {@code ROTATED_KEY} is current, the former {@code TEST_KEY} is the second of
 * two old keys.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(EquipmentKeyRotationTest.Rotated.class)
class EquipmentKeyRotationTest {

  public static class Rotated implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "equipment.encryption.key",
          ROTATED_KEY,
          "equipment.encryption.old-keys",
          RETIRED_KEY + "," + TEST_KEY);
    }
  }

  final FernetCipher formerKey = new FernetCipher(TEST_KEY, List.of());
  final FernetCipher currentKeyOnly = new FernetCipher(ROTATED_KEY, List.of());

  @Inject CleanState state;
  @Inject EquipmentRows rows;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void secretsOfTheFormerKeyStayReadableAndReEncryptionMovesThemToTheCurrentKey() {
    UUID written = create(ADA, full());
    UUID beforeRotation = create(EVE, full());
    rows.storeSecrets(
        beforeRotation,
        formerKey.encrypt("old password"),
        formerKey.encrypt("OLD-KEY-0001"),
        formerKey.encrypt("99 EUR"));
    Map<String, String> writtenBefore = rows.raw(written);

    // new secrets go under the current key
    assertThat(currentKeyOnly.decrypt(writtenBefore.get("password")).plaintext())
        .isEqualTo(" pässwörd-🎹-42 ");
    // old ones still decrypt
    as(EVE)
        .get(PATH + "/" + beforeRotation)
        .then()
        .statusCode(200)
        .body("password", equalTo("old password"))
        .body("license_key", equalTo("OLD-KEY-0001"))
        .body("price", equalTo("99 EUR"));

    asAdmin(ADA)
        .post(PATH + "/admin/re-encrypt")
        .then()
        .statusCode(200)
        .body("rows", equalTo(2))
        .body("re_encrypted", equalTo(1))
        .body("failed", equalTo(0));

    Map<String, String> moved = rows.raw(beforeRotation);
    assertThat(currentKeyOnly.decrypt(moved.get("password")).plaintext()).isEqualTo("old password");
    assertThat(currentKeyOnly.decrypt(moved.get("license_key")).plaintext())
        .isEqualTo("OLD-KEY-0001");
    assertThat(currentKeyOnly.decrypt(moved.get("price")).plaintext()).isEqualTo("99 EUR");
    assertThatThrownBy(() -> formerKey.decrypt(moved.get("password")))
        .isInstanceOf(UnreadableSecretException.class);
    // rows already under the current key are not rewritten
    assertThat(rows.raw(written)).isEqualTo(writtenBefore);
    as(EVE)
        .get(PATH + "/" + beforeRotation)
        .then()
        .statusCode(200)
        .body("price", equalTo("99 EUR"));
  }

  @Test
  void reEncryptionWorksThroughEveryBatchAndAgainFindsNothingToDo() {
    rows.insertMany(ADA, 450, formerKey.encrypt("12 EUR"));
    UUID lost = create(EVE, full());
    rows.storeSecrets(lost, null, null, new FernetCipher(FOREIGN_KEY, List.of()).encrypt("?"));

    asAdmin(ADA)
        .post(PATH + "/admin/re-encrypt")
        .then()
        .statusCode(200)
        .body("rows", equalTo(451))
        .body("re_encrypted", equalTo(450))
        .body("failed", equalTo(1));
    asAdmin(ADA)
        .post(PATH + "/admin/re-encrypt")
        .then()
        .statusCode(200)
        .body("rows", equalTo(451))
        .body("re_encrypted", equalTo(0))
        .body("failed", equalTo(1));

    UUID any = UUID.fromString(as(ADA).get(PATH).then().extract().path("items[0].id"));
    assertThat(currentKeyOnly.decrypt(rows.raw(any).get("price")).plaintext()).isEqualTo("12 EUR");
  }
}
