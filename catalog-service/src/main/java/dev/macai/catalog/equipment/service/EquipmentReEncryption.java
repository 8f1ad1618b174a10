package dev.macai.catalog.equipment.service;

import dev.macai.catalog.equipment.domain.FernetCipher;
import dev.macai.catalog.equipment.domain.UnreadableSecretException;
import dev.macai.catalog.equipment.repository.EquipmentEntity;
import dev.macai.catalog.equipment.repository.EquipmentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * After a key rotation, moves every stored secret of every user to the current key, so the old key
 * can then be dropped from {@code EQUIPMENT_ENCRYPTION_OLD_KEYS}. Safe to run again: secrets
 * already under the current key are left alone.
 */
@ApplicationScoped
public class EquipmentReEncryption {

  private static final Logger LOG = Logger.getLogger(EquipmentReEncryption.class);
  static final int BATCH_SIZE = 200;

  private final EquipmentRepository equipment;
  private final FernetCipher cipher;

  EquipmentReEncryption(EquipmentRepository equipment, FernetCipher cipher) {
    this.equipment = equipment;
    this.cipher = cipher;
  }

  public ReEncryptionResult reEncryptAll() {
    ReEncryptionResult total = new ReEncryptionResult(0, 0, 0);
    UUID after = null;
    while (true) {
      UUID from = after;
      // One transaction per batch: rows stay locked only briefly, and a large table never needs
      // one long transaction.
      Batch batch = QuarkusTransaction.requiringNew().call(() -> reEncryptBatch(from));
      total = total.plus(batch.result());
      if (batch.result().rows() < BATCH_SIZE) {
        break;
      }
      after = batch.lastId();
    }
    LOG.infof(
        "Re-encrypted equipment secrets: %d rows, %d moved to the current key, %d unreadable",
        total.rows(), total.reEncrypted(), total.failed());
    return total;
  }

  private record Batch(ReEncryptionResult result, UUID lastId) {}

  private enum Outcome {
    UNCHANGED,
    MOVED,
    FAILED
  }

  private Batch reEncryptBatch(UUID after) {
    List<EquipmentEntity> rows = equipment.batchForUpdate(after, BATCH_SIZE);
    int moved = 0;
    int failed = 0;
    for (EquipmentEntity row : rows) {
      switch (reEncrypt(row)) {
        case MOVED -> moved++;
        case FAILED -> failed++;
        case UNCHANGED -> {}
      }
    }
    UUID lastId = rows.isEmpty() ? null : rows.get(rows.size() - 1).id;
    return new Batch(new ReEncryptionResult(rows.size(), moved, failed), lastId);
  }

  private Outcome reEncrypt(EquipmentEntity row) {
    String password;
    String licenseKey;
    String price;
    try {
      password = underCurrentKey(row.passwordToken);
      licenseKey = underCurrentKey(row.licenseKeyToken);
      price = underCurrentKey(row.priceToken);
    } catch (UnreadableSecretException e) {
      // Left untouched: once the right key is in OLD_KEYS, a later run still saves it.
      LOG.warnf(
          "Equipment %s keeps a secret no configured key decrypts: %s", row.id, e.getMessage());
      return Outcome.FAILED;
    }
    if (Objects.equals(password, row.passwordToken)
        && Objects.equals(licenseKey, row.licenseKeyToken)
        && Objects.equals(price, row.priceToken)) {
      return Outcome.UNCHANGED;
    }
    row.passwordToken = password;
    row.licenseKeyToken = licenseKey;
    row.priceToken = price;
    return Outcome.MOVED;
  }

  /** The same token when the current key already opens it, else a fresh one under that key. */
  private String underCurrentKey(String token) {
    if (token == null) {
      return null;
    }
    FernetCipher.Decrypted secret = cipher.decrypt(token);
    return secret.withCurrentKey() ? token : cipher.encrypt(secret.plaintext());
  }
}
