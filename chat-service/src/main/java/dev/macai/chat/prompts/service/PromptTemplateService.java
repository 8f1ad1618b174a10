package dev.macai.chat.prompts.service;

import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.repository.PromptTemplateEntity;
import dev.macai.chat.prompts.repository.PromptTemplateRepository;
import dev.macai.platform.failure.ServiceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Global prompt templates: every signed-in user reads and runs them, admins write them. */
@ApplicationScoped
public class PromptTemplateService {

  private static final Logger LOG = Logger.getLogger(PromptTemplateService.class);

  private final PromptTemplateRepository templates;

  PromptTemplateService(PromptTemplateRepository templates) {
    this.templates = templates;
  }

  /** Every template, grouped by category; categories and actions in alphabetical order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, List<PromptTemplate>> byCategory() {
    Map<String, List<PromptTemplate>> grouped = new LinkedHashMap<>();
    for (PromptTemplateEntity entity : templates.listAll()) {
      grouped
          .computeIfAbsent(entity.category, category -> new ArrayList<>())
          .add(PromptTemplate.of(entity));
    }
    return grouped;
  }

  /** A category without templates does not exist: 404. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PromptTemplate> category(String category) {
    List<PromptTemplate> found =
        templates.listCategory(category).stream().map(PromptTemplate::of).toList();
    if (found.isEmpty()) {
      throw ServiceFailure.notFound("prompt template category '" + category + "'");
    }
    return found;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PromptTemplate get(TemplateKey key) {
    return PromptTemplate.of(existing(key));
  }

  /** The template a run uses: an inactive one is as good as missing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PromptTemplate activeTemplate(TemplateKey key) {
    return templates
        .findByKey(key.category(), key.action())
        .filter(template -> template.active)
        .map(PromptTemplate::of)
        .orElseThrow(() -> ServiceFailure.notFound("active prompt template " + key));
  }

  @Transactional
  public PromptTemplate create(TemplateKey key, TemplateDraft draft) {
    templates.lockTemplateWrites();
    if (templates.findByKey(key.category(), key.action()).isPresent()) {
      throw ServiceFailure.conflict("A prompt template " + key + " exists already.");
    }
    Instant now = now();
    PromptTemplateEntity entity = new PromptTemplateEntity();
    entity.id = UUID.randomUUID();
    entity.category = key.category();
    entity.action = key.action();
    entity.version = 1;
    entity.active = draft.active() == null || draft.active();
    entity.createdAt = now;
    copy(draft, entity, now);
    templates.persist(entity);
    LOG.infof("Created prompt template %s", key);
    return PromptTemplate.of(entity);
  }

  @Transactional
  public PromptTemplate update(TemplateKey key, TemplateDraft draft) {
    templates.lockTemplateWrites();
    PromptTemplateEntity entity = existing(key);
    entity.version++;
    if (draft.active() != null) {
      entity.active = draft.active();
    }
    copy(draft, entity, now());
    LOG.infof("Updated prompt template %s to version %d", key, entity.version);
    return PromptTemplate.of(entity);
  }

  @Transactional
  public void delete(TemplateKey key) {
    templates.delete(existing(key));
    LOG.infof("Deleted prompt template %s", key);
  }

  private PromptTemplateEntity existing(TemplateKey key) {
    return templates
        .findByKey(key.category(), key.action())
        .orElseThrow(() -> ServiceFailure.notFound("prompt template " + key));
  }

  private static void copy(TemplateDraft draft, PromptTemplateEntity entity, Instant now) {
    entity.preCondition = draft.preCondition().strip();
    entity.postCondition = draft.postCondition() == null ? "" : draft.postCondition().strip();
    entity.description =
        draft.description() == null || draft.description().isBlank()
            ? null
            : draft.description().strip();
    entity.model = draft.model().strip();
    entity.temperature = draft.temperature();
    entity.maxTokens = draft.maxTokens();
    entity.updatedAt = now;
  }

  /** Microseconds, as PostgreSQL stores them, so a response equals a later read. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
