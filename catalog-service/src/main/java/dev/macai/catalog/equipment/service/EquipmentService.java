package dev.macai.catalog.equipment.service;

import dev.macai.catalog.common.domain.CopyName;
import dev.macai.catalog.equipment.domain.EquipmentQuery;
import dev.macai.catalog.equipment.domain.EquipmentTags;
import dev.macai.catalog.equipment.domain.FernetCipher;
import dev.macai.catalog.equipment.domain.UnreadableSecretException;
import dev.macai.catalog.equipment.repository.EquipmentEntity;
import dev.macai.catalog.equipment.repository.EquipmentRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import dev.macai.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The caller's equipment inventory. Secrets are encrypted before they reach the entity and
 * decrypted only for the single-item answers; another user's item is "not found".
 */
@ApplicationScoped
public class EquipmentService {

  /** The name column's length (V2__equipment.sql). */
  static final int NAME_MAX = 200;

  private static final Logger LOG = Logger.getLogger(EquipmentService.class);
  private static final String WHAT = "equipment";
  static final String DEFAULT_STATUS = "active";

  private final EquipmentRepository equipment;
  private final FernetCipher cipher;

  EquipmentService(EquipmentRepository equipment, FernetCipher cipher) {
    this.equipment = equipment;
    this.cipher = cipher;
  }

  @Transactional
  public Equipment create(UUID userId, EquipmentDraft draft) {
    Instant now = now();
    EquipmentEntity row = new EquipmentEntity();
    row.id = UUID.randomUUID();
    row.userId = userId;
    row.createdAt = now;
    fill(row, draft, now);
    equipment.persist(row);
    return details(row);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EquipmentSummary> list(UUID userId, EquipmentQuery query, PageRequest page) {
    Page<EquipmentEntity> rows = equipment.search(userId, query, page);
    return new Page<>(
        rows.items().stream().map(EquipmentService::summary).toList(),
        rows.total(),
        rows.limit(),
        rows.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Equipment get(UUID userId, UUID id) {
    return details(owned(userId, id));
  }

  /** Replaces every field: what the request leaves out is cleared, secrets included. */
  @Transactional
  public Equipment replace(UUID userId, UUID id, EquipmentDraft draft) {
    EquipmentEntity row = owned(userId, id);
    fill(row, draft, now());
    return details(row);
  }

  /** A new item with the same fields and secrets, re-encrypted with the current key. */
  @Transactional
  public Equipment duplicate(UUID userId, UUID id) {
    Equipment source = details(owned(userId, id));
    return create(
        userId,
        new EquipmentDraft(
            source.type(),
            CopyName.of(source.name(), NAME_MAX),
            source.version(),
            source.description(),
            source.manufacturer(),
            source.url(),
            source.username(),
            source.password(),
            source.licenseManagement(),
            source.licenseKey(),
            source.licenseDescription(),
            source.purchaseDate(),
            source.price(),
            source.systemRequirements(),
            source.status(),
            source.softwareTags(),
            source.pluginTags()));
  }

  @Transactional
  public void delete(UUID userId, UUID id) {
    if (!equipment.deleteOwned(userId, id)) {
      throw ServiceFailure.notFound(WHAT);
    }
  }

  private EquipmentEntity owned(UUID userId, UUID id) {
    return equipment.findOwned(userId, id).orElseThrow(() -> ServiceFailure.notFound(WHAT));
  }

  private void fill(EquipmentEntity row, EquipmentDraft draft, Instant now) {
    row.type = draft.type();
    row.name = draft.name().strip();
    row.version = text(draft.version());
    row.description = text(draft.description());
    row.manufacturer = text(draft.manufacturer());
    row.url = text(draft.url());
    row.username = text(draft.username());
    // A password is kept exactly as typed: leading or trailing spaces may belong to it.
    row.passwordToken = encrypted(emptyToNull(draft.password()));
    row.licenseManagement = text(draft.licenseManagement());
    row.licenseKeyToken = encrypted(text(draft.licenseKey()));
    row.licenseDescription = text(draft.licenseDescription());
    row.purchaseDate = draft.purchaseDate();
    row.priceToken = encrypted(text(draft.price()));
    row.systemRequirements = text(draft.systemRequirements());
    row.status = draft.status() == null ? DEFAULT_STATUS : draft.status();
    row.softwareTags = EquipmentTags.normalise(draft.softwareTags());
    row.pluginTags = EquipmentTags.normalise(draft.pluginTags());
    row.updatedAt = now;
  }

  private Equipment details(EquipmentEntity row) {
    List<String> unreadable = new ArrayList<>();
    String password = decrypted(row, row.passwordToken, "password", unreadable);
    String licenseKey = decrypted(row, row.licenseKeyToken, "license_key", unreadable);
    String price = decrypted(row, row.priceToken, "price", unreadable);
    if (!unreadable.isEmpty()) {
      throw ServiceFailure.internal(
          "The stored "
              + String.join(" and ", unreadable)
              + " cannot be decrypted with the configured keys"
              + " (EQUIPMENT_ENCRYPTION_KEY, EQUIPMENT_ENCRYPTION_OLD_KEYS).");
    }
    return new Equipment(
        row.id,
        row.type,
        row.name,
        row.version,
        row.description,
        row.manufacturer,
        row.url,
        row.username,
        password,
        row.licenseManagement,
        licenseKey,
        row.licenseDescription,
        row.purchaseDate,
        price,
        row.systemRequirements,
        row.status,
        List.copyOf(row.softwareTags),
        List.copyOf(row.pluginTags),
        row.createdAt,
        row.updatedAt);
  }

  private String decrypted(
      EquipmentEntity row, String token, String field, List<String> unreadable) {
    if (token == null) {
      return null;
    }
    try {
      return cipher.decrypt(token).plaintext();
    } catch (UnreadableSecretException e) {
      LOG.warnf("Equipment %s: the stored %s is unreadable: %s", row.id, field, e.getMessage());
      unreadable.add(field);
      return null;
    }
  }

  private static EquipmentSummary summary(EquipmentEntity row) {
    return new EquipmentSummary(
        row.id,
        row.type,
        row.name,
        row.version,
        row.description,
        row.manufacturer,
        row.url,
        row.username,
        row.passwordToken != null,
        row.licenseManagement,
        row.licenseKeyToken != null,
        row.licenseDescription,
        row.purchaseDate,
        row.priceToken != null,
        row.systemRequirements,
        row.status,
        List.copyOf(row.softwareTags),
        List.copyOf(row.pluginTags),
        row.createdAt,
        row.updatedAt);
  }

  private String encrypted(String plaintext) {
    return plaintext == null ? null : cipher.encrypt(plaintext);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Microseconds, as PostgreSQL stores them, so an answer equals what a later read returns. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
