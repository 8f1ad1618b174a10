package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatFailure;
import dev.macai.chat.common.domain.ChatPrompt;
import dev.macai.chat.common.domain.ChatProvider;
import dev.macai.chat.common.domain.ModelLifecycle;
import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.conversation.domain.MarkdownTranscript;
import dev.macai.chat.conversation.domain.TranscriptEntry;
import dev.macai.chat.prompts.domain.TemplateKey;
import dev.macai.chat.prompts.service.PromptTemplate;
import dev.macai.chat.prompts.service.PromptTemplateService;
import dev.macai.platform.failure.ServiceFailure;
import dev.macai.platform.paging.Page;
import dev.macai.platform.provider.ProviderFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Conversations of the signed-in user: what the REST layer calls. Decides what a provider is asked
 * and what its answer does; the storing is done in short transactions by {@link
 * ConversationReader}, {@link ConversationWriter}, {@link MessageWriter} and {@link
 * MessageArchive}. Every provider call happens outside a transaction: the question is committed
 * before it, the answer after it. Each conversation comes out with its model's lifecycle.
 */
@ApplicationScoped
public class ConversationService {

  private static final Logger LOG = Logger.getLogger(ConversationService.class);
  static final TemplateKey COMPRESS = new TemplateKey("chat", "compress");

  private final ConversationReader reader;
  private final ConversationWriter writer;
  private final MessageWriter messages;
  private final MessageArchive archive;
  private final ChatProviders providers;
  private final PromptTemplateService templates;
  private final int fallbackWindow;

  ConversationService(
      ConversationReader reader,
      ConversationWriter writer,
      MessageWriter messages,
      MessageArchive archive,
      ChatProviders providers,
      PromptTemplateService templates,
      @ConfigProperty(name = "chat.conversation.fallback-window", defaultValue = "8192")
          int fallbackWindow) {
    this.reader = reader;
    this.writer = writer;
    this.messages = messages;
    this.archive = archive;
    this.providers = providers;
    this.templates = templates;
    this.fallbackWindow = fallbackWindow;
  }

  public Conversation create(UUID userId, ConversationDraft draft) {
    ChatProvider provider =
        providers
            .find(draft.provider())
            .orElseThrow(
                () -> ServiceFailure.invalidField("provider", "is not configured on this server"));
    requireOffered(provider, draft.model().strip());
    // A smaller window than the model's is the person's choice; a larger one is clamped, since
    // Ollama allocates whatever num_ctx it is sent. An unknown real window keeps the request.
    Integer requested = draft.contextWindowSize();
    int window =
        requested != null
            ? Math.min(requested, provider.contextWindow(draft.model().strip(), requested))
            : provider.contextWindow(draft.model().strip(), fallbackWindow);
    return withLifecycle(writer.create(userId, draft, window));
  }

  public Page<Conversation> list(UUID userId, ConversationQuery query) {
    Page<Conversation> page = reader.list(userId, query);
    return new Page<>(
        page.items().stream().map(this::withLifecycle).toList(),
        page.total(),
        page.limit(),
        page.offset());
  }

  public ConversationDetail detail(UUID userId, UUID id, int limit, int offset) {
    ConversationDetail detail = reader.detail(userId, id, limit, offset);
    return new ConversationDetail(withLifecycle(detail.conversation()), detail.messages());
  }

  /**
   * Switching the model (e.g. away from a retired one) keeps the history and takes the new model's
   * context window, so the meter and the history budget fit the model that answers next.
   */
  public Conversation update(UUID userId, UUID id, ConversationChanges changes) {
    Integer window = null;
    if (changes.model() != null) {
      ChatProvider provider = providers.require(reader.get(userId, id).provider());
      String model = changes.model().strip();
      requireOffered(provider, model);
      window = provider.contextWindow(model, fallbackWindow);
    }
    return withLifecycle(writer.update(userId, id, changes, window));
  }

  /**
   * 404 for an unknown conversation, 409 {@code model_retired} when its model is no longer served;
   * the streamed send calls it before the stream starts, so both are ordinary problem responses.
   */
  public void requireSendable(UUID userId, UUID id) {
    requireServed(userId, reader.get(userId, id));
  }

  /**
   * Nothing is stored or sent for a retired model (the question would only fail), nor once the
   * caller's daily budget for a paid provider is used up (429 {@code daily_budget_exhausted}).
   */
  private void requireServed(UUID userId, Conversation conversation) {
    Optional<ChatProvider> provider = providers.find(conversation.provider());
    if (provider.isEmpty()) {
      return;
    }
    ModelLifecycle lifecycle = provider.get().lifecycle(conversation.model());
    if (lifecycle.retired()) {
      throw ChatFailure.modelRetired(provider.get().name(), conversation.model(), lifecycle);
    }
    provider.get().requireBudget(userId);
  }

  private Conversation withLifecycle(Conversation conversation) {
    return conversation.withLifecycle(
        providers
            .find(conversation.provider())
            .map(provider -> provider.lifecycle(conversation.model()))
            .orElse(ModelLifecycle.unknown()));
  }

  private static void requireOffered(ChatProvider provider, String model) {
    if (!provider.offers(model)) {
      throw ServiceFailure.invalidField(
          "model", "is not one of the models allowed for " + provider.name());
    }
  }

  public void delete(UUID userId, UUID id) {
    writer.delete(userId, id);
  }

  /** Stores the question, asks the provider, stores the answer; a failure marks the question. */
  public Exchange send(UUID userId, UUID id, String content) {
    requireSendable(userId, id);
    Turn turn = messages.addUserMessage(userId, id, content);
    ChatProvider provider = provider(turn);
    ChatCompletion completion;
    try {
      completion =
          provider.complete(ConversationPrompts.reply(turn.conversation(), turn.history()));
    } catch (ProviderFailure e) {
      messages.markFailed(turn.message().id());
      throw e;
    }
    provider.charge(userId, completion);
    return messages.storeReply(
        turn.message(), turn.conversation().id(), completion, Message.COMPLETE);
  }

  /**
   * Like {@link #send} (the caller checks {@link #requireSendable} first), with each piece of the
   * reply handed to {@code onToken} as it arrives. When {@code onToken} throws (the listener went
   * away), what was produced so far is stored as an {@code incomplete} reply and the exception
   * propagates.
   */
  public Exchange sendStreaming(UUID userId, UUID id, String content, Consumer<String> onToken) {
    // No requireSendable here: the caller runs it on the request thread before the stream starts
    // (this runs on another thread, outside the request's persistence context).
    Turn turn = messages.addUserMessage(userId, id, content);
    ChatProvider provider = provider(turn);
    StringBuilder partial = new StringBuilder();
    ChatPrompt prompt = ConversationPrompts.reply(turn.conversation(), turn.history());
    ChatCompletion completion;
    try {
      completion =
          provider.stream(
              prompt,
              piece -> {
                partial.append(piece);
                onToken.accept(piece);
              });
    } catch (ProviderFailure e) {
      messages.markFailed(turn.message().id());
      throw e;
    } catch (RuntimeException listenerGone) {
      LOG.infof(
          "Stream listener of conversation %s went away after %d chars; reply kept incomplete",
          id, partial.length());
      // The provider sent no counts for a stream cut short, but it worked for them: estimated.
      provider.charge(userId, estimated(prompt, partial.toString(), turn.conversation().model()));
      messages.storeReply(
          turn.message(),
          turn.conversation().id(),
          new ChatCompletion(partial.toString(), turn.conversation().model(), 0, 0),
          Message.INCOMPLETE);
      throw listenerGone;
    }
    provider.charge(userId, completion);
    return messages.storeReply(
        turn.message(), turn.conversation().id(), completion, Message.COMPLETE);
  }

  private static ChatCompletion estimated(ChatPrompt prompt, String partialReply, String model) {
    int promptTokens =
        prompt.messages().stream().mapToInt(t -> ContextBudget.estimateTokens(t.content())).sum();
    return new ChatCompletion(
        partialReply, model, promptTokens, ContextBudget.estimateTokens(partialReply));
  }

  /** Asks again for the last assistant reply and replaces it; on failure it stays as it was. */
  public Exchange regenerate(UUID userId, UUID id, UUID messageId) {
    Turn turn = reader.regenerationOf(userId, id, messageId);
    requireServed(userId, turn.conversation());
    ChatProvider provider = provider(turn);
    ChatCompletion completion =
        provider.complete(ConversationPrompts.reply(turn.conversation(), turn.history()));
    provider.charge(userId, completion);
    return messages.replaceReply(turn.conversation().id(), messageId, completion);
  }

  /** Summarises all but the newest {@code keepLast} messages; the provider is asked first. */
  public Conversation compress(UUID userId, UUID id, int keepLast) {
    Turn turn = archive.compressionOf(userId, id, keepLast);
    requireServed(userId, turn.conversation());
    PromptTemplate template = templates.activeTemplate(COMPRESS);
    ChatProvider provider = provider(turn);
    ChatCompletion summary =
        provider.complete(
            ConversationPrompts.summary(turn.conversation(), turn.history(), template));
    provider.charge(userId, summary);
    if (summary.content() == null || summary.content().isBlank()) {
      throw ProviderFailure.failed("The provider answered the summary request with nothing.");
    }
    Conversation compressed =
        withLifecycle(archive.applyCompression(userId, id, turn.history(), summary));
    LOG.infof(
        "Compressed %d messages of conversation %s into a summary", turn.history().size(), id);
    return compressed;
  }

  public Conversation restoreArchive(UUID userId, UUID id) {
    return withLifecycle(archive.restoreArchive(userId, id));
  }

  public Transcript transcript(UUID userId, UUID id) {
    Transcript transcript = reader.transcript(userId, id);
    return new Transcript(withLifecycle(transcript.conversation()), transcript.messages());
  }

  public String markdown(UUID userId, UUID id) {
    Transcript transcript = transcript(userId, id);
    Conversation c = transcript.conversation();
    return MarkdownTranscript.render(
        c.title(),
        c.provider(),
        c.model(),
        c.systemContext(),
        c.createdAt(),
        transcript.messages().stream()
            .map(
                m ->
                    new TranscriptEntry(
                        m.role(),
                        m.content(),
                        m.createdAt(),
                        m.status(),
                        m.summary(),
                        m.archived()))
            .toList());
  }

  private ChatProvider provider(Turn turn) {
    return providers.require(turn.conversation().provider());
  }
}
