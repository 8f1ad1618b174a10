package dev.macai.catalog.rules.service;

import dev.macai.catalog.rules.domain.LyricRuleEngine;
import dev.macai.catalog.rules.domain.PatternSafety;
import dev.macai.catalog.rules.domain.ReplacementCodec;
import dev.macai.catalog.rules.domain.RuleType;
import dev.macai.catalog.rules.repository.LyricParsingRuleEntity;
import dev.macai.catalog.rules.repository.LyricParsingRuleRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The global lyric parsing rules: admin writes, reads and apply for every signed-in user. */
@ApplicationScoped
public class LyricRuleService {

  private static final Logger LOG = Logger.getLogger(LyricRuleService.class);

  /** Cleanup before section detection, then the admin's order; name breaks ties predictably. */
  private static final Comparator<LyricParsingRuleEntity> APPLY_ORDER =
      Comparator.<LyricParsingRuleEntity, RuleType>comparing(
              rule -> RuleType.fromWireName(rule.ruleType))
          .thenComparingInt(rule -> rule.sortOrder)
          .thenComparing(rule -> rule.name);

  private final LyricParsingRuleRepository rules;

  LyricRuleService(LyricParsingRuleRepository rules) {
    this.rules = rules;
  }

  /** {@code ruleType} and {@code active} filter when not null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<LyricRule> list(RuleType ruleType, Boolean active, int offset, int limit) {
    String type = ruleType == null ? null : ruleType.wireName();
    List<LyricRule> items =
        rules.search(type, active, offset, limit).stream().map(LyricRule::of).toList();
    return new Page<>(items, rules.countMatching(type, active), limit, offset);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public LyricRule get(UUID id) {
    return LyricRule.of(existing(id));
  }

  @Transactional
  public LyricRule create(RuleDraft draft) {
    checkSyntax(draft);
    rules.lockRuleWrites();
    String name = draft.name().trim();
    refuseTakenName(name, null);
    Instant now = now();
    LyricParsingRuleEntity rule = new LyricParsingRuleEntity();
    rule.id = UUID.randomUUID();
    rule.name = name;
    rule.active = draft.active() == null || draft.active();
    rule.sortOrder = draft.order() != null ? draft.order() : rules.maxSortOrder() + 1;
    rule.createdAt = now;
    copy(draft, rule, now);
    rules.persist(rule);
    LOG.infof("Created lyric parsing rule %s", rule.id);
    return LyricRule.of(rule);
  }

  @Transactional
  public LyricRule update(UUID id, RuleDraft draft) {
    checkSyntax(draft);
    rules.lockRuleWrites();
    LyricParsingRuleEntity rule = existing(id);
    String name = draft.name().trim();
    refuseTakenName(name, id);
    rule.name = name;
    if (draft.active() != null) {
      rule.active = draft.active();
    }
    if (draft.order() != null) {
      rule.sortOrder = draft.order();
    }
    copy(draft, rule, now());
    return LyricRule.of(rule);
  }

  @Transactional
  public void delete(UUID id) {
    rules.delete(existing(id));
    LOG.infof("Deleted lyric parsing rule %s", id);
  }

  /**
   * Gives every rule its position in {@code ids} (1-based) as its order. The list must name every
   * rule exactly once; otherwise nothing changes.
   */
  @Transactional
  public List<LyricRule> reorder(List<UUID> ids) {
    rules.lockRuleWrites();
    Map<UUID, LyricParsingRuleEntity> byId =
        rules.listInOrder().stream()
            .collect(Collectors.toMap(rule -> rule.id, Function.identity()));
    refuseUnlessPermutation(ids, byId.keySet());
    Instant now = now();
    List<LyricRule> reordered = new ArrayList<>();
    for (int position = 1; position <= ids.size(); position++) {
      LyricParsingRuleEntity rule = byId.get(ids.get(position - 1));
      if (rule.sortOrder != position) {
        rule.sortOrder = position;
        rule.updatedAt = now;
      }
      reordered.add(LyricRule.of(rule));
    }
    return reordered;
  }

  /**
   * Runs the active rules of {@code ruleType}, or all active rules (cleanup first, then section)
   * when it is null.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LyricRuleEngine.Outcome apply(String text, RuleType ruleType) {
    List<LyricRuleEngine.Step> steps =
        rules.listInOrder().stream()
            .filter(rule -> rule.active)
            .filter(rule -> ruleType == null || rule.ruleType.equals(ruleType.wireName()))
            .sorted(APPLY_ORDER)
            .map(
                rule ->
                    new LyricRuleEngine.Step(
                        rule.name, rule.pattern, LyricRule.decodedReplacement(rule)))
            .toList();
    return LyricRuleEngine.apply(text, steps);
  }

  /** The REST layer checks the same; this guards every other caller of the service. */
  private static void checkSyntax(RuleDraft draft) {
    PatternSafety.patternViolation(draft.pattern())
        .ifPresent(
            reason -> {
              throw ServiceFailure.invalidField("pattern", reason);
            });
    PatternSafety.replacementViolation(draft.pattern(), draft.replacement())
        .ifPresent(
            reason -> {
              throw ServiceFailure.invalidField("replacement", reason);
            });
  }

  private void refuseTakenName(String name, UUID except) {
    rules
        .findByName(name)
        .filter(other -> !other.id.equals(except))
        .ifPresent(
            other -> {
              throw ServiceFailure.conflict("A rule named \"" + name + "\" already exists.");
            });
  }

  private static void refuseUnlessPermutation(List<UUID> ids, Set<UUID> existing) {
    if (ids.contains(null)) {
      throw ServiceFailure.invalidField("ids", "must not contain null");
    }
    Set<UUID> given = new LinkedHashSet<>(ids);
    if (given.size() != ids.size()) {
      Set<UUID> seen = new HashSet<>();
      UUID twice = ids.stream().filter(id -> !seen.add(id)).findFirst().orElseThrow();
      throw ServiceFailure.invalidField("ids", "lists rule " + twice + " more than once");
    }
    Set<UUID> unknown = new LinkedHashSet<>(given);
    unknown.removeAll(existing);
    Set<UUID> missing = new LinkedHashSet<>(existing);
    missing.removeAll(given);
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      List<String> problems = new ArrayList<>();
      if (!missing.isEmpty()) {
        problems.add("missing " + missing);
      }
      if (!unknown.isEmpty()) {
        problems.add("unknown " + unknown);
      }
      throw ServiceFailure.invalidField(
          "ids", "must list every rule exactly once; " + String.join(", ", problems));
    }
  }

  private static void copy(RuleDraft draft, LyricParsingRuleEntity rule, Instant now) {
    rule.description = blankToNull(draft.description());
    rule.pattern = draft.pattern();
    rule.replacementBase64 = ReplacementCodec.encode(draft.replacement());
    rule.ruleType = draft.ruleType().wireName();
    rule.updatedAt = now;
  }

  private LyricParsingRuleEntity existing(UUID id) {
    return rules.findByIdOptional(id).orElseThrow(() -> ServiceFailure.notFound("rule"));
  }

  /** PostgreSQL keeps microseconds; truncating keeps the answer equal to what a re-read returns. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
