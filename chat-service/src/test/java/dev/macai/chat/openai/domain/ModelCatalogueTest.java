package dev.macai.chat.openai.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.common.domain.ModelLifecycle.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogueTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  static final ContextWindows WINDOWS =
      ContextWindows.parse(List.of("gpt-4o=128000", "gpt-5=400000"), 100000);
  static final List<OfferedModel> ACCOUNT =
      List.of(
          new OfferedModel("gpt-4o", 100, LocalDate.of(2027, 1, 14)),
          new OfferedModel("gpt-5.4-mini", 300, null),
          new OfferedModel("gpt-6.2-sol", 500, null),
          new OfferedModel("o4-mini", 200, LocalDate.of(2026, 10, 23)),
          new OfferedModel("gpt-5-today", 250, TODAY),
          new OfferedModel("gpt-image-2", 600, null),
          new OfferedModel("text-embedding-3-small", 50, null));

  static ModelCatalogue catalogue(List<OfferedModel> account, ChatModelFilter filter) {
    return ModelCatalogue.of(account, filter, WINDOWS, "gpt-5.4-mini", TODAY);
  }

  @Test
  void offersTheAccountsChatModelsNewestFirstWithoutRetiredOnes() {
    List<OpenAiModel> offered = catalogue(ACCOUNT, ChatModelFilter.none()).offered();
    assertThat(offered)
        .containsExactly(
            new OpenAiModel("gpt-6.2-sol", 100000, true, null, false),
            new OpenAiModel("gpt-5.4-mini", 400000, true, null, true),
            new OpenAiModel("gpt-4o", 128000, true, LocalDate.of(2027, 1, 14), false));
    assertThat(offered.get(2).retiring()).isTrue();
  }

  @Test
  void theFilterNarrowsAndOrdersAndItsOldWindowsWin() {
    ModelCatalogue catalogue =
        catalogue(
            ACCOUNT,
            ChatModelFilter.parse(List.of("gpt-4o=32000", "o4-mini", "gpt-5.4-mini", "gpt-99")));
    assertThat(catalogue.offered())
        .extracting(OpenAiModel::name, OpenAiModel::contextWindow)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gpt-4o", 32000),
            org.assertj.core.groups.Tuple.tuple("gpt-5.4-mini", 400000));
    assertThat(catalogue.admits("gpt-6.2-sol")).isFalse();
    assertThat(catalogue.admits("gpt-4o")).isTrue();
    assertThat(catalogue.contextWindow("gpt-4o")).isEqualTo(32000);
  }

  @Test
  void lifecycleOfAConversationsModel() {
    ModelCatalogue catalogue = catalogue(ACCOUNT, ChatModelFilter.none());
    assertThat(catalogue.lifecycle("gpt-5.4-mini")).isEqualTo(ModelLifecycle.available());
    assertThat(catalogue.lifecycle("gpt-4o"))
        .isEqualTo(new ModelLifecycle(Status.RETIRING, LocalDate.of(2027, 1, 14), "gpt-5.4-mini"));
    assertThat(catalogue.lifecycle("o4-mini"))
        .isEqualTo(new ModelLifecycle(Status.RETIRED, LocalDate.of(2026, 10, 23), "gpt-5.4-mini"));
    // OpenAI stops serving a model on its shutdown date itself.
    assertThat(catalogue.lifecycle("gpt-5-today").status()).isEqualTo(Status.RETIRED);
    assertThat(catalogue.lifecycle("gpt-4.5-preview"))
        .isEqualTo(new ModelLifecycle(Status.RETIRED, null, "gpt-5.4-mini"));
  }

  @Test
  void withoutTheDefaultTheNewestUndatedModelReplaces() {
    ModelCatalogue catalogue =
        ModelCatalogue.of(ACCOUNT, ChatModelFilter.none(), WINDOWS, "gpt-4.1-mini", TODAY);
    assertThat(catalogue.replacement()).contains("gpt-6.2-sol");
    assertThat(catalogue.lifecycle("o4-mini").replacement()).isEqualTo("gpt-6.2-sol");
  }

  @Test
  void whenOpenAiCouldNotBeAskedTheFilterOrTheDefaultIsOffered() {
    ModelCatalogue unknown = catalogue(null, ChatModelFilter.none());
    assertThat(unknown.known()).isFalse();
    assertThat(unknown.offered())
        .containsExactly(new OpenAiModel("gpt-5.4-mini", 400000, null, null, true));
    assertThat(unknown.lifecycle("o4-mini")).isEqualTo(ModelLifecycle.unknown());
    assertThat(unknown.admits("gpt-6.2-sol")).isTrue();
    assertThat(unknown.admits("gpt-image-2")).isFalse();

    ModelCatalogue filtered = catalogue(null, ChatModelFilter.parse(List.of("gpt-4o")));
    assertThat(filtered.offered()).extracting(OpenAiModel::name).containsExactly("gpt-4o");
    assertThat(filtered.admits("gpt-6.2-sol")).isFalse();
  }
}
