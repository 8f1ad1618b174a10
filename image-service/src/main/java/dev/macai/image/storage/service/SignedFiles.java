package dev.macai.image.storage.service;

import dev.macai.image.common.domain.ImageFailure;
import dev.macai.image.storage.client.FilesystemStorage;
import dev.macai.image.storage.domain.UrlSignature;
import jakarta.enterprise.context.ApplicationScoped;

/** Serves the filesystem objects behind signed URLs; the URL is the only credential. */
@ApplicationScoped
public class SignedFiles {

  private final FilesystemStorage filesystem;

  SignedFiles(FilesystemStorage filesystem) {
    this.filesystem = filesystem;
  }

  public byte[] open(String key, long expires, String signature) {
    UrlSignature.Verdict verdict;
    try {
      verdict = filesystem.verify(key, expires, signature);
    } catch (IllegalArgumentException e) {
      verdict = UrlSignature.Verdict.TAMPERED;
    }
    switch (verdict) {
      case EXPIRED -> throw ImageFailure.forbidden("This link has expired; reload the page.");
      case TAMPERED -> throw ImageFailure.forbidden("This link is not valid.");
      default -> {}
    }
    try {
      return filesystem.read(key).orElseThrow(() -> ImageFailure.notFound("file"));
    } catch (IllegalArgumentException outsideRoot) {
      throw ImageFailure.notFound("file");
    }
  }
}
