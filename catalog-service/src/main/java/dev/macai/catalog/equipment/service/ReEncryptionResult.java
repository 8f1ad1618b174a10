package dev.macai.catalog.equipment.service;

/**
 * @param rows every equipment row looked at, of all users
 * @param reEncrypted rows that held a secret under an old key and now hold it under the current one
 * @param failed rows with a secret no configured key decrypts; left as they were
 */
public record ReEncryptionResult(int rows, int reEncrypted, int failed) {

  ReEncryptionResult plus(ReEncryptionResult other) {
    return new ReEncryptionResult(
        rows + other.rows, reEncrypted + other.reEncrypted, failed + other.failed);
  }
}
