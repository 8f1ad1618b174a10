package dev.macai.catalog.equipment.rest;

import dev.macai.catalog.equipment.service.ReEncryptionResult;

/** What a re-encryption run did: {@code {rows, re_encrypted, failed}}. */
public record ReEncryptionView(int rows, int reEncrypted, int failed) {

  static ReEncryptionView of(ReEncryptionResult result) {
    return new ReEncryptionView(result.rows(), result.reEncrypted(), result.failed());
  }
}
