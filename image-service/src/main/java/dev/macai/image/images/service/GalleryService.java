package dev.macai.image.images.service;

import dev.macai.image.images.domain.DownloadName;
import dev.macai.image.images.domain.ImageFormat;
import dev.macai.image.images.repository.GeneratedImageEntity;
import dev.macai.image.images.repository.GeneratedImageRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The gallery: one user's images, read, edited and deleted; never another user's. */
@ApplicationScoped
public class GalleryService {

  private final GeneratedImageRepository images;
  private final ImageObjects objects;
  private final ImageViews views;
  private final Clock clock;

  GalleryService(
      GeneratedImageRepository images, ImageObjects objects, ImageViews views, Clock clock) {
    this.images = images;
    this.objects = objects;
    this.views = views;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Image> list(UUID userId, GalleryQuery query) {
    GeneratedImageRepository.Filter filter =
        new GeneratedImageRepository.Filter(
            query.q(),
            query.composition(),
            query.artisticStyle(),
            query.size(),
            query.starred(),
            query.hasOverlay(),
            query.createdFrom(),
            query.createdBefore());
    List<Image> items =
        images
            .search(
                userId,
                filter,
                query.sortByTitle(),
                query.descending(),
                query.limit(),
                query.offset())
            .stream()
            .map(views::of)
            .toList();
    return new Page<>(items, images.countMatching(userId, filter), query.limit(), query.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Image> listForTextOverlay(UUID userId, int limit, int offset) {
    List<Image> items =
        images.forTextOverlay(userId, limit, offset).stream().map(views::of).toList();
    return new Page<>(items, images.countForTextOverlay(userId), limit, offset);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Image get(UUID userId, UUID id) {
    return views.of(owned(userId, id));
  }

  @Transactional
  public Image update(UUID userId, UUID id, ImageChanges changes) {
    GeneratedImageEntity row = owned(userId, id);
    if (changes.title() != null) {
      row.title = changes.title().isBlank() ? null : changes.title().strip();
    }
    if (changes.tags() != null) {
      row.tags = changes.tags().stream().map(String::strip).distinct().toArray(String[]::new);
    }
    if (changes.starred() != null) {
      row.starred = changes.starred();
    }
    row.updatedAt = clock.instant();
    return views.of(row);
  }

  @Transactional
  public void delete(UUID userId, UUID id) {
    GeneratedImageEntity row = owned(userId, id);
    images.delete(row);
    images.flush();
    objects.delete(row);
  }

  /** Deletes the caller's images among {@code ids}; the others are reported, not touched. */
  @Transactional
  public BulkDeletion bulkDelete(UUID userId, List<UUID> ids) {
    List<UUID> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<UUID, GeneratedImageEntity> found =
        images.findOwned(unique, userId).stream()
            .collect(Collectors.toMap(row -> row.id, Function.identity()));
    List<UUID> deleted = new ArrayList<>();
    List<UUID> notFound = new ArrayList<>();
    for (UUID id : unique) {
      GeneratedImageEntity row = found.get(id);
      if (row == null) {
        notFound.add(id);
      } else {
        images.delete(row);
        deleted.add(id);
      }
    }
    images.flush();
    deleted.forEach(id -> objects.delete(found.get(id)));
    return new BulkDeletion(deleted, notFound);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Download download(UUID userId, UUID id) {
    GeneratedImageEntity row = owned(userId, id);
    byte[] content =
        objects
            .read(row)
            .orElseThrow(() -> ServiceFailure.gone("The image file of " + id + " is missing."));
    String name =
        DownloadName.of(
            row.title,
            row.prompt,
            row.createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
            ImageFormat.ofMediaType(row.contentType).extension());
    return new Download(content, row.contentType, name);
  }

  GeneratedImageEntity owned(UUID userId, UUID id) {
    return images.findOwned(id, userId).orElseThrow(() -> ServiceFailure.notFound("image"));
  }
}
