package dev.macai.image.costs.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.macai.image.common.config.OpenAiConfig;
import dev.macai.image.costs.domain.CostLine;
import dev.macai.image.costs.domain.CostMonth;
import dev.macai.platform.provider.ProviderErrors;
import dev.macai.platform.provider.ProviderFailure;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A month of organisation costs from OpenAI, every page of it (daily buckets grouped by line item),
 * with the admin key {@code OPENAI_ADMIN_API_KEY}; never with the generation key.
 */
@ApplicationScoped
public class OpenAiCostsClient {

  /** A month has at most 31 daily buckets; more pages than this means a cursor loop. */
  private static final int MAX_PAGES = 40;

  private final OpenAiCostsApi api;
  private final ProviderErrors errors;

  OpenAiCostsClient(
      @RestClient OpenAiCostsApi api,
      ObjectMapper json,
      OpenAiConfig config,
      @ConfigProperty(name = "quarkus.rest-client.openai.url") String baseUrl,
      @ConfigProperty(name = "quarkus.rest-client.openai.read-timeout") long readTimeoutMillis) {
    this.api = api;
    this.errors =
        new ProviderErrors(
            "OpenAI",
            baseUrl,
            readTimeoutMillis,
            config.adminApiKey().map(String::strip),
            "OPENAI_ADMIN_API_KEY",
            json);
  }

  @Retry(retryOn = ProviderFailure.Unreachable.class, maxRetries = 2, delay = 5000)
  @CircuitBreaker(
      failOn = ProviderFailure.class,
      skipOn = ProviderFailure.NotConfigured.class,
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000)
  @Timed(
      value = "provider.calls",
      extraTags = {"provider", "openai", "operation", "costs"})
  public List<CostLine> month(CostMonth month) {
    String authorization = errors.authorization();
    List<CostLine> lines = new ArrayList<>();
    String page = null;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      String cursor = page;
      CostsWire.Page answer =
          errors.call(
              () ->
                  api.costs(
                      authorization,
                      month.start().getEpochSecond(),
                      month.end().getEpochSecond(),
                      "1d",
                      "line_item",
                      31,
                      cursor));
      if (answer == null || answer.data() == null) {
        throw ProviderFailure.failed("OpenAI answered /v1/organization/costs without data.");
      }
      for (CostsWire.Bucket bucket : answer.data()) {
        if (bucket.results() == null) {
          continue;
        }
        for (CostsWire.Result result : bucket.results()) {
          if (result.amount() != null && result.amount().value() != null) {
            lines.add(new CostLine(result.lineItem(), result.amount().value()));
          }
        }
      }
      if (!answer.hasMore() || answer.nextPage() == null) {
        return lines;
      }
      page = answer.nextPage();
    }
    throw ProviderFailure.failed("OpenAI's costs kept paging past " + MAX_PAGES + " pages.");
  }
}
