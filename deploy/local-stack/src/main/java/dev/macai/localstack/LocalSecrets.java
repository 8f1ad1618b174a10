package dev.macai.localstack;

import java.io.IOException;

/**
 * The random secrets the services share with nobody but the stack, made on the first run and kept
 * in {@code .local/} (see {@link LocalState} for why each must survive a restart). The JWT key pair
 * is not among them: the services read it from its files, not from a variable.
 */
record LocalSecrets(
    String equipmentEncryptionKey, String songMediaSigningKey, String imageUrlSecret) {

  static LocalSecrets ensure(LocalState state) throws IOException {
    String equipmentEncryptionKey = FernetKeyFile.ensure(state.equipmentEncryptionKey());
    // Any random secret does; the Fernet key format is one.
    String songMediaSigningKey = FernetKeyFile.ensure(state.songMediaSigningKey());
    String imageUrlSecret = FernetKeyFile.ensure(state.imageUrlSecret());
    return new LocalSecrets(equipmentEncryptionKey, songMediaSigningKey, imageUrlSecret);
  }

  // A record prints its components; these must never reach a log.
  @Override
  public String toString() {
    return "LocalSecrets[3 keys, not shown]";
  }
}
