package dev.macai.image.costs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSummaryTest {

  @Test
  void addsUpByModelAndCategory() {
    CostSummary summary =
        CostSummary.of(
            List.of(
                new CostLine("dall-e-3, hd 1024x1024", new BigDecimal("0.32")),
                new CostLine("dall-e-3, standard 1024x1024", new BigDecimal("0.12")),
                new CostLine("gpt-4o-2024-08-06, input", new BigDecimal("0.0125")),
                new CostLine("o3-mini, output", new BigDecimal("0.01")),
                new CostLine("text-embedding-3-small", new BigDecimal("0.001")),
                new CostLine(null, new BigDecimal("0.002"))));
    assertThat(summary.total()).isEqualByComparingTo("0.4655");
    assertThat(summary.byModel())
        .containsOnlyKeys(
            "dall-e-3", "gpt-4o-2024-08-06", "o3-mini", "text-embedding-3-small", "unknown");
    assertThat(summary.byModel().get("dall-e-3")).isEqualByComparingTo("0.44");
    assertThat(summary.byCategory().get("image")).isEqualByComparingTo("0.44");
    assertThat(summary.byCategory().get("chat")).isEqualByComparingTo("0.0225");
    assertThat(summary.byCategory().get("other")).isEqualByComparingTo("0.003");
  }

  @Test
  void anEmptyMonthHasEveryCategoryAtZero() {
    CostSummary summary = CostSummary.of(List.of());
    assertThat(summary.total()).isEqualByComparingTo("0");
    assertThat(summary.byCategory()).containsOnlyKeys("image", "chat", "other");
    assertThat(summary.byModel()).isEmpty();
  }

  @Test
  void sumsMonths() {
    CostSummary one = CostSummary.of(List.of(new CostLine("dall-e-3, hd", BigDecimal.ONE)));
    CostSummary two = CostSummary.of(List.of(new CostLine("gpt-4o, input", BigDecimal.TEN)));
    CostSummary sum = CostSummary.sum(List.of(one, two, one));
    assertThat(sum.total()).isEqualByComparingTo("12");
    assertThat(sum.byCategory().get("image")).isEqualByComparingTo("2");
    assertThat(sum.byModel().get("gpt-4o")).isEqualByComparingTo("10");
  }
}
