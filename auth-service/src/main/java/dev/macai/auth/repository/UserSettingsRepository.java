package dev.macai.auth.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class UserSettingsRepository implements PanacheRepositoryBase<UserSettingsEntity, UUID> {}
