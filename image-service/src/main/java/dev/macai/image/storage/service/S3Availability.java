package dev.macai.image.storage.service;

import dev.macai.image.storage.domain.Storage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Whether S3 is configured, and its adapter when it is. */
@ApplicationScoped
public class S3Availability {

  public Optional<Storage> storage() {
    return Optional.empty();
  }
}
