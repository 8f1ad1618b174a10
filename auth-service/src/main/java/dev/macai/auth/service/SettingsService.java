package dev.macai.auth.service;

import dev.macai.auth.domain.Language;
import dev.macai.auth.repository.UserSettingsEntity;
import dev.macai.auth.repository.UserSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** UI settings per user; a user who never saved any gets the defaults. */
@ApplicationScoped
public class SettingsService {

  private final UserSettingsRepository settings;
  private final AccountService accounts;
  private final Clock clock;

  SettingsService(UserSettingsRepository settings, AccountService accounts, Clock clock) {
    this.settings = settings;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Language language(UUID userId) {
    accounts.existing(userId);
    return settings
        .findByIdOptional(userId)
        .map(row -> Language.valueOf(row.language))
        .orElse(Language.DEFAULT);
  }

  @Transactional
  public Language changeLanguage(UUID userId, Language language) {
    accounts.existing(userId);
    UserSettingsEntity row = settings.findByIdOptional(userId).orElseGet(UserSettingsEntity::new);
    row.userId = userId;
    row.language = language.name();
    row.updatedAt = clock.instant();
    settings.persist(row);
    return language;
  }
}
