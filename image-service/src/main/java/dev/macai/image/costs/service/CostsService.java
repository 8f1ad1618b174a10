package dev.macai.image.costs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.common.config.OpenAiConfig;
import dev.macai.image.costs.client.OpenAiCostsClient;
import dev.macai.image.costs.domain.CostCachePolicy;
import dev.macai.image.costs.domain.CostMonth;
import dev.macai.image.costs.domain.CostSummary;
import dev.macai.image.costs.repository.CostMonthEntity;
import dev.macai.image.costs.repository.CostMonthRepository;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.provider.ProviderFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * OpenAI organisation costs through the {@code api_costs_monthly} cache (ARCHITECTURE §4): past
 * months are fetched until final and then never again, the running month after {@code COSTS_TTL}.
 * When OpenAI fails and the month is cached, the cached figures are served, marked stale.
 */
@ApplicationScoped
public class CostsService {

  private static final Logger LOG = Logger.getLogger(CostsService.class);
  private static final TypeReference<Map<String, BigDecimal>> AMOUNTS = new TypeReference<>() {};

  private final OpenAiCostsClient openAi;
  private final CostMonthRepository months;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration ttl;

  CostsService(
      OpenAiCostsClient openAi,
      CostMonthRepository months,
      ObjectMapper json,
      Clock clock,
      OpenAiConfig config) {
    this.openAi = openAi;
    this.months = months;
    this.json = json;
    this.clock = clock;
    this.ttl = config.costs().ttl();
  }

  public MonthlyCosts current() {
    return month(CostMonth.of(clock.instant()));
  }

  public MonthlyCosts month(CostMonth month) {
    Instant now = clock.instant();
    if (month.compareTo(CostMonth.of(now)) > 0) {
      throw ServiceFailure.invalidField("month", "is in the future");
    }
    Optional<CostMonthEntity> cached =
        QuarkusTransaction.joiningExisting().call(() -> months.find(month.year(), month.month()));
    boolean fetch =
        CostCachePolicy.needsFetch(
            month,
            cached.map(row -> row.fetchedAt).orElse(null),
            cached.map(row -> row.isFinal).orElse(false),
            now,
            ttl);
    if (!fetch) {
      return view(cached.get(), false);
    }
    CostSummary summary;
    try {
      summary = CostSummary.of(openAi.month(month));
    } catch (ProviderFailure e) {
      if (cached.isPresent() && !(e instanceof ProviderFailure.NotConfigured)) {
        LOG.warnf(
            "OpenAI costs for %s not refreshed, serving the cache: %s", month, e.getMessage());
        return view(cached.get(), true);
      }
      throw e;
    }
    Instant fetchedAt = clock.instant();
    return QuarkusTransaction.requiringNew()
        .call(() -> view(save(month, summary, fetchedAt), false));
  }

  public AllTimeCosts allTime() {
    List<CostMonthEntity> rows = QuarkusTransaction.joiningExisting().call(months::allMonths);
    List<CostSummary> summaries = rows.stream().map(this::summary).toList();
    return new AllTimeCosts(
        CostSummary.sum(summaries),
        rows.size(),
        rows.isEmpty() ? null : new CostMonth(rows.get(0).year, rows.get(0).month),
        rows.isEmpty()
            ? null
            : new CostMonth(rows.get(rows.size() - 1).year, rows.get(rows.size() - 1).month));
  }

  private CostMonthEntity save(CostMonth month, CostSummary summary, Instant fetchedAt) {
    Optional<CostMonthEntity> existing = months.find(month.year(), month.month());
    CostMonthEntity row = existing.orElseGet(CostMonthEntity::new);
    row.year = month.year();
    row.month = month.month();
    row.totalUsd = summary.total();
    row.byModel = write(summary.byModel());
    row.byCategory = write(summary.byCategory());
    row.isFinal = CostCachePolicy.isFinal(month, fetchedAt);
    row.fetchedAt = fetchedAt;
    if (existing.isEmpty()) {
      months.persist(row);
    }
    return row;
  }

  private MonthlyCosts view(CostMonthEntity row, boolean stale) {
    return new MonthlyCosts(
        new CostMonth(row.year, row.month), summary(row), row.isFinal, row.fetchedAt, stale);
  }

  private CostSummary summary(CostMonthEntity row) {
    try {
      return new CostSummary(
          row.totalUsd,
          json.readValue(row.byModel, AMOUNTS),
          json.readValue(row.byCategory, AMOUNTS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("api_costs_monthly holds unreadable JSON", e);
    }
  }

  private String write(Map<String, BigDecimal> amounts) {
    try {
      return json.writeValueAsString(amounts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
