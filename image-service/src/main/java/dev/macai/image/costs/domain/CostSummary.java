package dev.macai.image.costs.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Costs added up: in total, per model and per category ({@code image}, {@code chat}, {@code
 * other}). OpenAI names a line item {@code "<model>, <detail>"}; the model is the part before the
 * first comma, and DALL-E / image models count as image, GPT and o-series models as chat.
 */
public record CostSummary(
    BigDecimal total, Map<String, BigDecimal> byModel, Map<String, BigDecimal> byCategory) {

  public static final List<String> CATEGORIES = List.of("image", "chat", "other");

  public static CostSummary of(Collection<CostLine> lines) {
    Map<String, BigDecimal> byModel = new TreeMap<>();
    Map<String, BigDecimal> byCategory = emptyCategories();
    BigDecimal total = BigDecimal.ZERO;
    for (CostLine line : lines) {
      String model = model(line.lineItem());
      byModel.merge(model, line.amountUsd(), BigDecimal::add);
      byCategory.merge(category(model), line.amountUsd(), BigDecimal::add);
      total = total.add(line.amountUsd());
    }
    return new CostSummary(total, byModel, byCategory);
  }

  /** Several months together (the all-time figure). */
  public static CostSummary sum(Collection<CostSummary> months) {
    Map<String, BigDecimal> byModel = new TreeMap<>();
    Map<String, BigDecimal> byCategory = emptyCategories();
    BigDecimal total = BigDecimal.ZERO;
    for (CostSummary month : months) {
      month.byModel().forEach((k, v) -> byModel.merge(k, v, BigDecimal::add));
      month.byCategory().forEach((k, v) -> byCategory.merge(k, v, BigDecimal::add));
      total = total.add(month.total());
    }
    return new CostSummary(total, byModel, byCategory);
  }

  static String model(String lineItem) {
    if (lineItem == null || lineItem.isBlank()) {
      return "unknown";
    }
    int comma = lineItem.indexOf(',');
    return (comma < 0 ? lineItem : lineItem.substring(0, comma)).strip();
  }

  static String category(String model) {
    String name = model.toLowerCase(Locale.ROOT);
    if (name.contains("dall-e") || name.contains("image")) {
      return "image";
    }
    if (name.startsWith("gpt") || name.matches("^o\\d.*") || name.contains("chat")) {
      return "chat";
    }
    return "other";
  }

  private static Map<String, BigDecimal> emptyCategories() {
    Map<String, BigDecimal> categories = new TreeMap<>();
    CATEGORIES.forEach(c -> categories.put(c, BigDecimal.ZERO));
    return categories;
  }
}
