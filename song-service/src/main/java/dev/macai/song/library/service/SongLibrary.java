package dev.macai.song.library.service;

import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import dev.macai.platform.paging.PageRequest;
import dev.macai.song.job.repository.ChoiceEntity;
import dev.macai.song.job.repository.ChoiceRepository;
import dev.macai.song.job.repository.SongEntity;
import dev.macai.song.job.repository.SongRepository;
import dev.macai.song.job.service.ChoiceDetail;
import dev.macai.song.job.service.SongDetail;
import dev.macai.song.job.service.SongJobs;
import dev.macai.song.library.domain.SongFilter;
import dev.macai.song.library.repository.SongSearch;
import dev.macai.song.storage.domain.ArchivedAudio;
import dev.macai.song.storage.domain.AudioBackend;
import dev.macai.song.storage.service.AudioLink;
import dev.macai.song.storage.service.MediaLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The finished songs: list, read, edit, delete, rate, and links to their audio. */
@ApplicationScoped
public class SongLibrary {

  private final SongRepository songs;
  private final ChoiceRepository choices;
  private final SongSearch search;
  private final SongJobs jobs;
  private final MediaLinks links;

  SongLibrary(
      SongRepository songs,
      ChoiceRepository choices,
      SongSearch search,
      SongJobs jobs,
      MediaLinks links) {
    this.songs = songs;
    this.choices = choices;
    this.search = search;
    this.jobs = jobs;
    this.links = links;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SongDetail> list(UUID userId, SongFilter filter, PageRequest page) {
    List<SongEntity> found =
        search.page(userId, filter, page.sort(), page.descending(), page.limit(), page.offset());
    Map<UUID, List<ChoiceEntity>> bySong =
        choices.ofSongs(found.stream().map(s -> s.id).toList()).stream()
            .collect(Collectors.groupingBy(c -> c.songId));
    List<SongDetail> items =
        found.stream().map(s -> SongDetail.of(s, bySong.getOrDefault(s.id, List.of()))).toList();
    return new Page<>(items, search.count(userId, filter), page.limit(), page.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SongDetail get(UUID userId, UUID songId) {
    SongEntity song = owned(userId, songId);
    return SongDetail.of(song, choices.ofSong(song.id));
  }

  @Transactional
  public SongDetail update(UUID userId, UUID songId, SongChanges changes) {
    SongEntity song = owned(userId, songId);
    if (changes.title() != null) {
      song.title = changes.title().isBlank() ? null : changes.title().strip();
    }
    if (changes.tags() != null) {
      song.tags = changes.tags().stream().map(String::strip).distinct().toArray(String[]::new);
    }
    if (changes.workflow() != null) {
      song.workflow = changes.workflow();
    }
    song.updatedAt = Instant.now();
    return SongDetail.of(song, choices.ofSong(song.id));
  }

  public void delete(UUID userId, UUID songId) {
    UUID id = get(userId, songId).id();
    jobs.deleteSong(id);
  }

  /** Deletes those of {@code ids} the caller owns; answers how many. */
  public int deleteAll(UUID userId, List<UUID> ids) {
    int deleted = 0;
    for (UUID id : ids.stream().distinct().toList()) {
      boolean mine = songs.findOwned(id, userId).isPresent();
      if (mine) {
        jobs.deleteSong(id);
        deleted++;
      }
    }
    return deleted;
  }

  @Transactional
  public ChoiceDetail rate(UUID userId, UUID choiceId, Integer rating) {
    ChoiceEntity choice =
        choices.findOwned(choiceId, userId).orElseThrow(() -> ServiceFailure.notFound("choice"));
    choice.rating = rating == null ? null : rating.shortValue();
    return ChoiceDetail.of(choice);
  }

  /** Our signed URL once archived, else Mureka's own URL; 404 when that format does not exist. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AudioLink audio(UUID userId, UUID choiceId, String format) {
    ChoiceEntity choice =
        choices.findOwned(choiceId, userId).orElseThrow(() -> ServiceFailure.notFound("choice"));
    String archived =
        switch (format) {
          case "mp3" -> choice.archivedKey;
          case "flac" -> choice.archivedFlacKey;
          default -> null;
        };
    if (archived != null) {
      return links.signed(
          new ArchivedAudio(AudioBackend.ofColumn(choice.archiveStore), archived), format);
    }
    String original =
        switch (format) {
          case "mp3" -> choice.mp3Url;
          case "flac" -> choice.flacUrl;
          default -> choice.wavUrl;
        };
    if (original == null) {
      throw ServiceFailure.notFound(format + " audio for this choice");
    }
    return new AudioLink(original, format, false, null);
  }

  private SongEntity owned(UUID userId, UUID songId) {
    return songs.findOwned(songId, userId).orElseThrow(() -> ServiceFailure.notFound("song"));
  }
}
