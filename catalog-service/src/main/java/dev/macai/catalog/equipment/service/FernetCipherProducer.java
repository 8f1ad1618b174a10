package dev.macai.catalog.equipment.service;

import dev.macai.catalog.equipment.config.EquipmentEncryptionConfig;
import dev.macai.catalog.equipment.domain.FernetCipher;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

@ApplicationScoped
class FernetCipherProducer {

  /** Built at start-up, so a malformed key stops the service before it stores anything. */
  @Produces
  @Singleton
  @Startup
  FernetCipher fernetCipher(EquipmentEncryptionConfig config) {
    try {
      return new FernetCipher(config.key(), config.oldKeys().orElse(List.of()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "EQUIPMENT_ENCRYPTION_KEY / EQUIPMENT_ENCRYPTION_OLD_KEYS: "
              + e.getMessage()
              + ". Generate a key with: head -c 32 /dev/urandom | base64 | tr '+/' '-_'",
          e);
    }
  }
}
