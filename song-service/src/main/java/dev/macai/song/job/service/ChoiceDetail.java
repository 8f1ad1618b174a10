package dev.macai.song.job.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.macai.song.job.repository.ChoiceEntity;
import java.util.UUID;

/** A choice as clients see it; audio is fetched through its signed-URL endpoint. */
public record ChoiceDetail(
    UUID id,
    int index,
    Long durationMs,
    String title,
    Integer rating,
    boolean archived,
    boolean hasFlac,
    boolean hasWav,
    @JsonRawValue String lyricsSections) {

  public static ChoiceDetail of(ChoiceEntity choice) {
    return new ChoiceDetail(
        choice.id,
        choice.choiceIndex,
        choice.durationMs,
        choice.title,
        choice.rating == null ? null : choice.rating.intValue(),
        choice.archivedKey != null,
        choice.flacUrl != null || choice.archivedFlacKey != null,
        choice.wavUrl != null,
        choice.lyricsSections);
  }
}
