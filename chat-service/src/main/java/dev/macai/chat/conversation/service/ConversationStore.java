package dev.macai.chat.conversation.service;

import dev.macai.chat.common.domain.ChatCompletion;
import dev.macai.chat.common.domain.ChatFailure;
import dev.macai.chat.common.domain.Page;
import dev.macai.chat.conversation.domain.ContextBudget;
import dev.macai.chat.conversation.repository.ArchivedMessageEntity;
import dev.macai.chat.conversation.repository.ArchivedMessageRepository;
import dev.macai.chat.conversation.repository.ConversationEntity;
import dev.macai.chat.conversation.repository.ConversationRepository;
import dev.macai.chat.conversation.repository.MessageEntity;
import dev.macai.chat.conversation.repository.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The short transactions around a provider call: {@link ConversationService} calls the provider
 * between them, so no database connection is held while a model thinks.
 */
@ApplicationScoped
public class ConversationStore {

  static final String COMPLETE = "complete";
  static final String INCOMPLETE = "incomplete";
  static final String FAILED = "failed";

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final ArchivedMessageRepository archive;

  ConversationStore(
      ConversationRepository conversations,
      MessageRepository messages,
      ArchivedMessageRepository archive) {
    this.conversations = conversations;
    this.messages = messages;
    this.archive = archive;
  }

  @Transactional
  public Conversation create(UUID userId, ConversationDraft draft, int window) {
    Instant now = now();
    ConversationEntity entity = new ConversationEntity();
    entity.id = UUID.randomUUID();
    entity.userId = userId;
    entity.title = draft.title().strip();
    entity.provider = draft.provider();
    entity.model = draft.model().strip();
    entity.systemContext = blankToNull(draft.systemContext());
    entity.contextWindowSize = window;
    entity.currentTokenCount = ContextBudget.estimateTokens(entity.systemContext);
    entity.tags = tags(draft.tags());
    entity.createdAt = now;
    entity.updatedAt = now;
    conversations.persist(entity);
    return Conversation.of(entity);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Conversation> list(UUID userId, ConversationQuery query) {
    ConversationRepository.Filter filter =
        new ConversationRepository.Filter(
            blankToNull(query.q()), query.provider(), query.archived(), blankToNull(query.tag()));
    List<Conversation> items =
        conversations
            .search(
                userId,
                filter,
                query.sortByTitle(),
                query.descending(),
                query.limit(),
                query.offset())
            .stream()
            .map(Conversation::of)
            .toList();
    return new Page<>(
        items, conversations.countMatching(userId, filter), query.limit(), query.offset());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Conversation get(UUID userId, UUID id) {
    return Conversation.of(owned(userId, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ConversationDetail detail(UUID userId, UUID id, int limit, int offset) {
    Conversation conversation = get(userId, id);
    List<Message> page =
        messages.pageFromNewest(id, limit, offset).stream().map(Message::of).toList();
    return new ConversationDetail(
        conversation, new Page<>(page, messages.countOf(id), limit, offset));
  }

  @Transactional
  /** {@code window} replaces the context window when the model changes (null: keep it). */
  public Conversation update(UUID userId, UUID id, ConversationChanges changes, Integer window) {
    ConversationEntity entity = owned(userId, id);
    if (changes.title() != null) {
      entity.title = changes.title().strip();
    }
    if (changes.systemContext() != null) {
      entity.systemContext = blankToNull(changes.systemContext());
      entity.currentTokenCount = storedTokens(entity);
    }
    if (changes.model() != null) {
      entity.model = changes.model().strip();
      if (window != null) {
        entity.contextWindowSize = window;
      }
    }
    if (changes.archived() != null) {
      entity.archived = changes.archived();
    }
    if (changes.pinned() != null) {
      entity.pinned = changes.pinned();
    }
    if (changes.tags() != null) {
      entity.tags = tags(changes.tags());
    }
    entity.updatedAt = now();
    return Conversation.of(entity);
  }

  @Transactional
  public void delete(UUID userId, UUID id) {
    conversations.delete(owned(userId, id));
  }

  /** Stores the question in its own transaction, so it survives whatever the provider does. */
  @Transactional
  public Turn addUserMessage(UUID userId, UUID id, String content) {
    ConversationEntity conversation = owned(userId, id);
    MessageEntity message = new MessageEntity();
    message.id = UUID.randomUUID();
    message.conversationId = id;
    message.role = "user";
    message.content = content;
    message.tokenCount = ContextBudget.estimateTokens(content);
    message.status = COMPLETE;
    message.createdAt = now();
    messages.persist(message);
    conversation.updatedAt = message.createdAt;
    return new Turn(Conversation.of(conversation), history(id, null), Message.of(message));
  }

  /** The history before the last assistant reply, which must be {@code messageId}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Turn regenerationOf(UUID userId, UUID id, UUID messageId) {
    Conversation conversation = get(userId, id);
    MessageEntity reply =
        messages.findIn(id, messageId).orElseThrow(() -> ChatFailure.notFound("message"));
    MessageEntity last = messages.newest(id).orElseThrow();
    if (!"assistant".equals(reply.role) || !last.id.equals(reply.id)) {
      throw ChatFailure.conflict("Only the last assistant reply can be regenerated.");
    }
    return new Turn(conversation, history(id, reply.id), Message.of(reply));
  }

  @Transactional
  public void markFailed(UUID messageId) {
    messages.findByIdOptional(messageId).ifPresent(message -> message.status = FAILED);
  }

  /** Stores the reply and what the exchange occupies of the window. */
  @Transactional
  public Exchange storeReply(
      Message question, UUID conversationId, ChatCompletion completion, String status) {
    ConversationEntity conversation = lockedForTokens(conversationId);
    if (conversation == null) {
      // Deleted while the provider answered: there is nothing left to attach the reply to.
      throw ChatFailure.notFound("conversation");
    }
    MessageEntity reply = new MessageEntity();
    reply.id = UUID.randomUUID();
    reply.conversationId = conversationId;
    reply.role = "assistant";
    reply.content = completion.content();
    reply.tokenCount = replyTokens(completion);
    reply.status = status;
    reply.createdAt = now();
    messages.persist(reply);
    conversation.currentTokenCount = storedTokens(conversation);
    conversation.updatedAt = reply.createdAt;
    MessageEntity user = messages.findById(question.id());
    return new Exchange(
        user == null ? question : Message.of(user),
        Message.of(reply),
        Conversation.of(conversation).context());
  }

  @Transactional
  public Exchange replaceReply(UUID conversationId, UUID replyId, ChatCompletion completion) {
    ConversationEntity conversation = lockedForTokens(conversationId);
    MessageEntity reply = messages.findById(replyId);
    if (conversation == null || reply == null) {
      throw ChatFailure.notFound("message");
    }
    reply.content = completion.content();
    reply.tokenCount = replyTokens(completion);
    reply.status = COMPLETE;
    conversation.currentTokenCount = storedTokens(conversation);
    conversation.updatedAt = now();
    return new Exchange(null, Message.of(reply), Conversation.of(conversation).context());
  }

  /** The messages compress would replace: all but the newest {@code keepLast}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Turn compressionOf(UUID userId, UUID id, int keepLast) {
    Conversation conversation = get(userId, id);
    List<MessageEntity> all = messages.listOf(id);
    if (all.size() <= keepLast) {
      throw ChatFailure.conflict(
          "Nothing to compress: the conversation has " + all.size() + " messages.");
    }
    List<Message> older = all.subList(0, all.size() - keepLast).stream().map(Message::of).toList();
    return new Turn(conversation, older, null);
  }

  /**
   * Moves {@code older} to the archive and puts the summary in their place, in one transaction.
   * Refuses (409) when the conversation changed so that {@code older} is no longer its oldest part.
   */
  @Transactional
  public Conversation applyCompression(
      UUID userId, UUID id, List<Message> older, ChatCompletion summary) {
    ConversationEntity conversation =
        conversations.lockOwned(id, userId).orElseThrow(() -> ChatFailure.notFound("conversation"));
    List<MessageEntity> all = messages.listOf(id);
    if (all.size() < older.size()
        || !all.subList(0, older.size()).stream()
            .map(m -> m.id)
            .toList()
            .equals(older.stream().map(Message::id).toList())) {
      throw ChatFailure.conflict("The conversation changed while it was being summarised.");
    }
    Instant now = now();
    MessageEntity summaryMessage = new MessageEntity();
    summaryMessage.id = UUID.randomUUID();
    summaryMessage.conversationId = id;
    summaryMessage.role = "system";
    summaryMessage.content = summary.content().strip();
    summaryMessage.tokenCount = replyTokens(summary);
    summaryMessage.status = COMPLETE;
    summaryMessage.summary = true;
    // It stands where the archived messages stood: before every message that was kept.
    summaryMessage.createdAt = all.get(older.size() - 1).createdAt;
    for (MessageEntity message : all.subList(0, older.size())) {
      archive.persist(archived(message, summaryMessage.id, now));
      messages.delete(message);
    }
    messages.flush();
    messages.persist(summaryMessage);
    conversation.currentTokenCount = storedTokens(conversation);
    conversation.updatedAt = now;
    return Conversation.of(conversation);
  }

  /** Puts every archived message back and removes the summaries that stood for them. */
  @Transactional
  public Conversation restoreArchive(UUID userId, UUID id) {
    ConversationEntity conversation =
        conversations.lockOwned(id, userId).orElseThrow(() -> ChatFailure.notFound("conversation"));
    List<ArchivedMessageEntity> archived = archive.listOf(id);
    if (archived.isEmpty()) {
      throw ChatFailure.conflict("The conversation has no archived messages.");
    }
    Set<UUID> summaries = new HashSet<>();
    for (ArchivedMessageEntity old : archived) {
      summaries.add(old.summaryMessageId);
      archive.delete(old);
    }
    archive.flush();
    for (ArchivedMessageEntity old : archived) {
      messages.persist(restored(old));
    }
    messages.flush();
    for (UUID summaryId : summaries) {
      messages.deleteById(summaryId);
    }
    conversation.currentTokenCount = storedTokens(conversation);
    conversation.updatedAt = now();
    return Conversation.of(conversation);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Transcript transcript(UUID userId, UUID id) {
    Conversation conversation = get(userId, id);
    List<Message> all =
        java.util.stream.Stream.concat(
                messages.listOf(id).stream().map(Message::of),
                archive.listOf(id).stream().map(Message::of))
            .sorted(
                java.util.Comparator.comparing(Message::createdAt)
                    .thenComparing(m -> m.summary() ? 1 : 0)
                    .thenComparing(Message::id))
            .toList();
    return new Transcript(conversation, all);
  }

  /** Messages a prompt may contain: failed questions got no answer, so they are left out. */
  private List<Message> history(UUID conversationId, UUID before) {
    List<Message> history = new java.util.ArrayList<>();
    for (MessageEntity message : messages.listOf(conversationId)) {
      if (message.id.equals(before)) {
        break;
      }
      if (!FAILED.equals(message.status)) {
        history.add(Message.of(message));
      }
    }
    return history;
  }

  /**
   * Two replies stored at once for one conversation would each sum the tokens without the other's
   * uncommitted message; the row lock makes the second wait, and its sum then sees the first.
   */
  private ConversationEntity lockedForTokens(UUID conversationId) {
    return conversations.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
  }

  private ConversationEntity owned(UUID userId, UUID id) {
    return conversations
        .findOwned(id, userId)
        .orElseThrow(() -> ChatFailure.notFound("conversation"));
  }

  /**
   * The context meter: the system context plus every message that the next prompt would want
   * (replies counted by the provider, questions estimated). A sum of stored counts, so compress and
   * restore move it exactly, and a history longer than the window shows as more than 100 %.
   */
  private int storedTokens(ConversationEntity conversation) {
    long total =
        ContextBudget.estimateTokens(conversation.systemContext)
            + messages.tokensOf(conversation.id);
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  private static int replyTokens(ChatCompletion completion) {
    return completion.completionTokens() > 0
        ? completion.completionTokens()
        : ContextBudget.estimateTokens(completion.content());
  }

  private static ArchivedMessageEntity archived(MessageEntity m, UUID summaryId, Instant now) {
    ArchivedMessageEntity a = new ArchivedMessageEntity();
    a.id = m.id;
    a.conversationId = m.conversationId;
    a.role = m.role;
    a.content = m.content;
    a.tokenCount = m.tokenCount;
    a.status = m.status;
    a.summary = m.summary;
    a.createdAt = m.createdAt;
    a.summaryMessageId = summaryId;
    a.archivedAt = now;
    return a;
  }

  private static MessageEntity restored(ArchivedMessageEntity a) {
    MessageEntity m = new MessageEntity();
    m.id = a.id;
    m.conversationId = a.conversationId;
    m.role = a.role;
    m.content = a.content;
    m.tokenCount = a.tokenCount;
    m.status = a.status;
    m.summary = a.summary;
    m.createdAt = a.createdAt;
    return m;
  }

  private static String[] tags(List<String> tags) {
    return tags == null
        ? new String[0]
        : tags.stream().map(String::strip).distinct().toArray(String[]::new);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Microseconds, as PostgreSQL stores them, so a response equals a later read. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** What one provider call works on: the conversation, the history, the message at stake. */
  public record Turn(Conversation conversation, List<Message> history, Message message) {}
}
