package dev.macai.catalog.equipment.rest;

import static dev.macai.catalog.equipment.EquipmentBodies.PATH;
import static dev.macai.catalog.equipment.EquipmentBodies.create;
import static dev.macai.catalog.equipment.EquipmentBodies.full;
import static dev.macai.catalog.equipment.EquipmentBodies.minimal;
import static dev.macai.catalog.equipment.FernetTestKeys.FOREIGN_KEY;
import static dev.macai.catalog.equipment.FernetTestKeys.TEST_KEY;
import static dev.macai.testkit.tokens.Users.ADA;
import static dev.macai.testkit.tokens.Users.EVE;
import static dev.macai.testkit.tokens.Users.as;
import static dev.macai.testkit.tokens.Users.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.macai.catalog.equipment.EquipmentRows;
import dev.macai.catalog.equipment.domain.FernetCipher;
import dev.macai.catalog.support.CleanState;
import dev.macai.catalog.support.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class EquipmentEncryptionTest {

  static final String UNREADABLE_PASSWORD =
      "The stored password cannot be decrypted with the configured keys"
          + " (EQUIPMENT_ENCRYPTION_KEY, EQUIPMENT_ENCRYPTION_OLD_KEYS).";

  final FernetCipher testKey = new FernetCipher(TEST_KEY, List.of());
  final FernetCipher foreignKey = new FernetCipher(FOREIGN_KEY, List.of());

  @Inject CleanState state;
  @Inject EquipmentRows rows;

  @BeforeEach
  void reset() {
    state.reset();
  }

  @Test
  void theDatabaseHoldsFernetTokensOfTheConfiguredKeyNeverThePlainText() {
    UUID id = create(ADA, full());

    Map<String, String> stored = rows.raw(id);

    assertThat(List.of(stored.get("password"), stored.get("license_key"), stored.get("price")))
        .allSatisfy(token -> assertThat(token).startsWith("gAAAAA"));
    assertThat(testKey.decrypt(stored.get("password")).plaintext()).isEqualTo(" pässwörd-🎹-42 ");
    assertThat(testKey.decrypt(stored.get("license_key")).plaintext())
        .isEqualTo("SERUM-KEY-1234-5678");
    assertThat(testKey.decrypt(stored.get("price")).plaintext()).isEqualTo("189.00 USD");
    // nowhere in the row, in no column
    assertThat(stored.get("whole"))
        .contains("Serum")
        .doesNotContain("pässwörd")
        .doesNotContain("p\\u00e4ssw")
        .doesNotContain("SERUM-KEY")
        .doesNotContain("189.00");
  }

  @Test
  void aSecretNoKeyDecryptsBreaksOnlyItsOwnDetailWithAClearError() {
    UUID broken = create(ADA, full());
    UUID fine = create(ADA, minimal("Software", "Logic Pro"));
    String stored = rows.raw(broken).get("license_key");
    rows.storeSecrets(broken, foreignKey.encrypt("from another key"), stored, null);

    as(ADA)
        .queryParam("sort", "name")
        .queryParam("order", "asc")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.name", contains("Logic Pro", "Serum"))
        .body("items.has_password", contains(false, true));
    as(ADA)
        .get(PATH + "/" + broken)
        .then()
        .statusCode(500)
        .contentType("application/problem+json")
        .body("detail", equalTo(UNREADABLE_PASSWORD));
    as(ADA).get(PATH + "/" + fine).then().statusCode(200);
    // a copy would lose the secret, so there is none
    as(ADA).post(PATH + "/" + broken + "/duplicate").then().statusCode(500);
    as(ADA).get(PATH).then().body("total", equalTo(2));
    // replacing the item with new secrets repairs it
    as(ADA).body(full()).put(PATH + "/" + broken).then().statusCode(200);
    as(ADA)
        .get(PATH + "/" + broken)
        .then()
        .statusCode(200)
        .body("license_key", equalTo("SERUM-KEY-1234-5678"));
  }

  @Test
  void plainTextWhereATokenBelongsIsNamedPerField() {
    UUID id = create(ADA, full());
    rows.storeSecrets(id, "hunter2", "not-a-token", rows.raw(id).get("price"));

    as(ADA)
        .get(PATH + "/" + id)
        .then()
        .statusCode(500)
        .body(
            "detail",
            equalTo(
                "The stored password and license_key cannot be decrypted with the configured keys"
                    + " (EQUIPMENT_ENCRYPTION_KEY, EQUIPMENT_ENCRYPTION_OLD_KEYS)."));
  }

  @Test
  void reEncryptionIsForAdminsAndLeavesCurrentAndUnreadableTokensAlone() {
    UUID current = create(ADA, full());
    UUID unreadable = create(EVE, full());
    create(EVE, minimal("Plugin", "no secrets"));
    String foreignToken = foreignKey.encrypt("lost");
    rows.storeSecrets(unreadable, foreignToken, null, null);
    Map<String, String> before = rows.raw(current);

    as(ADA).post(PATH + "/admin/re-encrypt").then().statusCode(403);
    asAdmin(ADA)
        .post(PATH + "/admin/re-encrypt")
        .then()
        .statusCode(200)
        .body("rows", equalTo(3))
        .body("re_encrypted", equalTo(0))
        .body("failed", equalTo(1));

    assertThat(rows.raw(current)).isEqualTo(before);
    assertThat(rows.raw(unreadable).get("password")).isEqualTo(foreignToken);
  }
}
