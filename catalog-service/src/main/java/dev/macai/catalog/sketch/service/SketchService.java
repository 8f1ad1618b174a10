package dev.macai.catalog.sketch.service;

import dev.macai.catalog.common.domain.CopyName;
import dev.macai.catalog.sketch.domain.SearchTerms;
import dev.macai.catalog.sketch.domain.Tags;
import dev.macai.catalog.sketch.domain.Workflow;
import dev.macai.catalog.sketch.repository.SketchEntity;
import dev.macai.catalog.sketch.repository.SketchFilter;
import dev.macai.catalog.sketch.repository.SketchRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

/** The song-sketch library of one user: every method takes the owner and sees only their rows. */
@ApplicationScoped
public class SketchService {

  static final int TITLE_MAX = 500;

  // Microseconds, as PostgreSQL stores them, so a timestamp reads back as it was written.
  private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  private final SketchRepository sketches;

  SketchService(SketchRepository sketches) {
    this.sketches = sketches;
  }

  @Transactional
  public Sketch create(UUID userId, SketchDraft draft, Workflow workflow) {
    Instant now = clock.instant();
    SketchEntity entity = new SketchEntity();
    entity.id = UUID.randomUUID();
    entity.userId = userId;
    entity.workflow = (workflow == null ? Workflow.draft : workflow).name();
    entity.createdAt = now;
    apply(draft, entity, now);
    sketches.persist(entity);
    return Sketch.of(entity);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Sketch> list(UUID userId, SketchQuery query) {
    SketchFilter filter =
        new SketchFilter(
            userId,
            SearchTerms.prefixQuery(query.q()).orElse(null),
            query.workflow(),
            query.sketchType(),
            query.tag() == null || query.tag().isBlank() ? null : Tags.normaliseOne(query.tag()));
    var page = query.page();
    return new Page<>(
        sketches.page(filter, page.sort(), page.descending(), page.offset(), page.limit()).stream()
            .map(Sketch::of)
            .toList(),
        sketches.count(filter),
        page.limit(),
        page.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Sketch get(UUID userId, UUID id) {
    return Sketch.of(owned(userId, id));
  }

  @Transactional
  public Sketch update(UUID userId, UUID id, SketchDraft draft) {
    SketchEntity entity = owned(userId, id);
    apply(draft, entity, clock.instant());
    return Sketch.of(entity);
  }

  @Transactional
  public Sketch moveTo(UUID userId, UUID id, Workflow target) {
    SketchEntity entity = owned(userId, id);
    Workflow current = Workflow.valueOf(entity.workflow);
    if (!current.canMoveTo(target)) {
      throw ServiceFailure.conflict(
          "A sketch cannot move from "
              + current
              + " to "
              + target
              + "; from "
              + current
              + " it can move to "
              + current.next()
              + ".");
    }
    if (current != target) {
      entity.workflow = target.name();
      entity.updatedAt = clock.instant();
    }
    return Sketch.of(entity);
  }

  /** A copy to work on: same content, a new id, back to draft. */
  @Transactional
  public Sketch duplicate(UUID userId, UUID id) {
    SketchEntity original = owned(userId, id);
    Instant now = clock.instant();
    SketchEntity copy = new SketchEntity();
    copy.id = UUID.randomUUID();
    copy.userId = userId;
    copy.title = CopyName.of(original.title, TITLE_MAX);
    copy.lyrics = original.lyrics;
    copy.prompt = original.prompt;
    copy.tags = new ArrayList<>(original.tags);
    copy.workflow = Workflow.draft.name();
    copy.sketchType = original.sketchType;
    copy.createdAt = now;
    copy.updatedAt = now;
    sketches.persist(copy);
    return Sketch.of(copy);
  }

  @Transactional
  public void delete(UUID userId, UUID id) {
    sketches.delete(owned(userId, id));
  }

  private SketchEntity owned(UUID userId, UUID id) {
    return sketches.findOwned(id, userId).orElseThrow(() -> ServiceFailure.notFound("sketch"));
  }

  private static void apply(SketchDraft draft, SketchEntity entity, Instant now) {
    entity.title = blankToNull(draft.title());
    entity.lyrics = draft.lyrics();
    entity.prompt = draft.prompt().trim();
    entity.tags = new ArrayList<>(Tags.normalise(draft.tags()));
    entity.sketchType = draft.sketchType() == null ? "song" : draft.sketchType();
    entity.updatedAt = now;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
