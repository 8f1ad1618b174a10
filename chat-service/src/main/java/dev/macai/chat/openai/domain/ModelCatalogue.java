package dev.macai.chat.openai.domain;

import dev.macai.chat.common.domain.ModelLifecycle;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAI chat models users may pick today: what the account has ({@code /v1/models}), chat
 * models only ({@link ChatModelIds}), without those whose shutdown date is today or past, narrowed
 * by the optional filter. When OpenAI could not be asked ({@code offered} null) it falls back to
 * the filter's ids, or the default model, each with {@code available} null, so the UI can still
 * start a conversation.
 */
public final class ModelCatalogue {

  // Newest first: OpenAI's own order is arbitrary, and the newest models are the ones to try.
  private static final Comparator<OfferedModel> NEWEST_FIRST =
      Comparator.comparingLong(OfferedModel::created).reversed().thenComparing(OfferedModel::id);

  private final Map<String, OfferedModel> account;
  private final ChatModelFilter filter;
  private final ContextWindows windows;
  private final String defaultModel;
  private final LocalDate today;
  private final List<OpenAiModel> offered;

  private ModelCatalogue(
      List<OfferedModel> account,
      ChatModelFilter filter,
      ContextWindows windows,
      String defaultModel,
      LocalDate today) {
    this.filter = filter;
    // Legacy name=window entries of the filter win over the table's prefixes.
    this.windows = windows.withExact(filter.windows());
    this.defaultModel = defaultModel;
    this.today = today;
    if (account == null) {
      this.account = null;
      List<String> ids = filter.isEmpty() ? List.of(defaultModel) : filter.ids();
      this.offered = ids.stream().map(id -> model(id, null, null)).toList();
      return;
    }
    Map<String, OfferedModel> byId = new LinkedHashMap<>();
    account.forEach(model -> byId.putIfAbsent(model.id(), model));
    this.account = byId;
    List<OfferedModel> chat =
        byId.values().stream()
            .filter(model -> ChatModelIds.isChatModel(model.id()))
            .filter(model -> !pastShutdown(model.shutdownDate()))
            .filter(model -> filter.admits(model.id()))
            .sorted(
                filter.isEmpty()
                    ? NEWEST_FIRST
                    : Comparator.comparingInt(model -> filter.ids().indexOf(model.id())))
            .toList();
    this.offered = chat.stream().map(m -> model(m.id(), true, m.shutdownDate())).toList();
  }

  /**
   * @param account OpenAI's list for our key, or null when OpenAI could not be asked
   */
  public static ModelCatalogue of(
      List<OfferedModel> account,
      ChatModelFilter filter,
      ContextWindows windows,
      String defaultModel,
      LocalDate today) {
    return new ModelCatalogue(account, filter, windows, defaultModel, today);
  }

  /** The picker's list. */
  public List<OpenAiModel> offered() {
    return offered;
  }

  public boolean known() {
    return account != null;
  }

  /**
   * Whether a conversation may start with (or switch to) {@code model}. Without OpenAI's list any
   * chat-model id the filter admits passes: the provider call itself will then say what is wrong.
   */
  public boolean admits(String model) {
    if (known()) {
      return offered.stream().anyMatch(m -> m.name().equals(model));
    }
    return filter.isEmpty() ? ChatModelIds.isChatModel(model) : filter.admits(model);
  }

  public int contextWindow(String model) {
    return windows.windowOf(model);
  }

  /**
   * The model to offer instead of a retired one: the configured default while it is offered, else
   * the newest offered model without a shutdown date, else any offered one.
   */
  public Optional<String> replacement() {
    if (!known()) {
      return Optional.ofNullable(defaultModel);
    }
    return offered.stream()
        .filter(m -> m.name().equals(defaultModel))
        .findFirst()
        .or(() -> offered.stream().filter(m -> !m.retiring()).findFirst())
        .or(() -> offered.stream().findFirst())
        .map(OpenAiModel::name);
  }

  /** Where a conversation's model stands today. */
  public ModelLifecycle lifecycle(String model) {
    if (!known()) {
      return ModelLifecycle.unknown();
    }
    OfferedModel listed = account.get(model);
    String replacement = replacement().filter(r -> !r.equals(model)).orElse(null);
    if (listed == null) {
      return new ModelLifecycle(ModelLifecycle.Status.RETIRED, null, replacement);
    }
    LocalDate shutdown = listed.shutdownDate();
    if (pastShutdown(shutdown)) {
      return new ModelLifecycle(ModelLifecycle.Status.RETIRED, shutdown, replacement);
    }
    if (shutdown != null) {
      return new ModelLifecycle(ModelLifecycle.Status.RETIRING, shutdown, replacement);
    }
    return new ModelLifecycle(ModelLifecycle.Status.AVAILABLE, null, null);
  }

  /** OpenAI stops serving a model on its shutdown date, so that day already counts. */
  private boolean pastShutdown(LocalDate shutdown) {
    return shutdown != null && !shutdown.isAfter(today);
  }

  private OpenAiModel model(String id, Boolean available, LocalDate shutdown) {
    return new OpenAiModel(id, windows.windowOf(id), available, shutdown, id.equals(defaultModel));
  }
}
