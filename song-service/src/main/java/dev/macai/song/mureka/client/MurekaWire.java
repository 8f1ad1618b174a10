package dev.macai.song.mureka.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Mureka's JSON, as records (snake_case through the application's Jackson settings). */
final class MurekaWire {

  private MurekaWire() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GenerateRequest(String lyrics, String model, String prompt, Integer n) {}

  record Task(
      String id,
      Long createdAt,
      Long finishedAt,
      String model,
      String status,
      String failedReason,
      List<Choice> choices) {}

  record Choice(
      Integer index,
      String id,
      String url,
      String flacUrl,
      String wavUrl,
      String videoUrl,
      String coverUrl,
      Long duration,
      String title,
      String tags,
      JsonNode lyricsSections) {}

  record Billing(
      Long accountId,
      Long balance,
      Long totalRecharge,
      Long totalSpending,
      Integer concurrentRequestLimit) {}
}
