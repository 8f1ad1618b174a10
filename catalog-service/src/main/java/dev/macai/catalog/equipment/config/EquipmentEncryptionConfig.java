package dev.macai.catalog.equipment.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The Fernet keys of the equipment secrets: {@code EQUIPMENT_ENCRYPTION_KEY} and {@code
 * EQUIPMENT_ENCRYPTION_OLD_KEYS}. The key has no default in {@code prod}, so the service does not
 * start without one.
 */
@ConfigMapping(prefix = "equipment.encryption")
public interface EquipmentEncryptionConfig {

  /** Url-safe base64 of 32 bytes, as {@code Fernet.generate_key()} prints it. Encrypts. */
  String key();

  /** Keys used before a rotation, comma-separated; they only decrypt. */
  Optional<List<String>> oldKeys();
}
