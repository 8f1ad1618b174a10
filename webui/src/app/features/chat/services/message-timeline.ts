import { HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, inject, signal, WritableSignal } from '@angular/core';
import { Observable, Subscription, map } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { isBudgetExhausted } from '../../../core/http/problem-message.service';
import { ProgressService } from '../../../core/progress/progress.service';
import { lastReply, localMessage } from '../domain/chat-timeline';
import { isModelRetired, modelNotice } from '../domain/model-notice';
import { ChatMessage, Conversation } from '../models/conversation';
import { ChatStreamService } from './chat-stream.service';
import { ConversationService } from './conversation.service';

/** Messages per request; a 5,000-message conversation opens with only the newest page. */
export const MESSAGE_PAGE = 50;

export interface MessageTimelineConfig {
  /** The open conversation; a finished reply updates its context meter. */
  conversation: WritableSignal<Conversation | null>;
  /** Reads the conversation again (the server refused its retired model). */
  reopen: (id: string) => void;
  /** Brings the newest message into view, once it is rendered. */
  scrollToEnd: () => void;
}

/**
 * The open conversation's messages and the reply being streamed: the question and an empty reply
 * are shown at once (optimistic), the reply grows token by token, and a failure marks the
 * question failed (retry) or, for a retired model, puts it back into the draft.
 *
 * Create it in a field initialiser (it needs the injection context).
 */
export class MessageTimeline {
  private readonly conversations = inject(ConversationService);
  private readonly streams = inject(ChatStreamService);
  private readonly notifications = inject(NotificationService);
  private readonly progress = inject(ProgressService);

  readonly messages = signal<ChatMessage[]>([]);
  /** How many messages the conversation has on the server (the thread pages back to it). */
  readonly total = signal(0);
  readonly draft = signal('');
  readonly streaming = signal(false);
  /** The model has retired: nothing can be sent until the conversation switches. */
  readonly retired = computed(() => modelNotice(this.config.conversation())?.kind === 'retired');
  readonly regenerable = computed(() =>
    this.streaming() || this.retired() ? null : lastReply(this.messages()),
  );
  readonly hasArchive = computed(() => this.messages().some((m) => m.summary));

  private stream: Subscription | null = null;

  constructor(private readonly config: MessageTimelineConfig) {
    inject(DestroyRef).onDestroy(() => this.stream?.unsubscribe());
  }

  /** Reads a conversation with its newest page of messages (a running reply is stopped). */
  load(id: string): Observable<Conversation> {
    this.stop();
    const started = performance.now();
    return this.conversations.get(id, MESSAGE_PAGE, 0).pipe(
      map(({ messages, ...conversation }) => {
        this.messages.set(messages.items);
        this.total.set(messages.total);
        this.config.scrollToEnd();
        // Read by the e2e test that measures how long a long conversation takes to open.
        requestAnimationFrame(() =>
          performance.measure('chat-open', { start: started, end: performance.now() }),
        );
        return conversation;
      }),
    );
  }

  /** A conversation that has no messages yet (just created). */
  startEmpty(): void {
    this.messages.set([]);
    this.total.set(0);
  }

  send(text = this.draft()): void {
    const conversation = this.config.conversation();
    const content = text.trim();
    if (!conversation || !content || this.streaming() || this.retired()) {
      return;
    }
    const question = localMessage('user', content);
    const reply = localMessage('assistant', '');
    this.draft.set('');
    this.messages.update((list) => [...list, question, reply]);
    this.total.update((n) => n + 2);
    this.streaming.set(true);
    this.config.scrollToEnd();
    this.stream = this.streams.send(conversation.id, content).subscribe({
      next: (event) => {
        if (event.type === 'token') {
          this.patchMessage(reply.id, (m) => ({ ...m, content: m.content + event.text }));
          this.config.scrollToEnd();
        } else if (event.type === 'done') {
          this.patchMessage(question.id, (m) => ({ ...m, id: event.user_message_id || m.id }));
          this.patchMessage(reply.id, (m) => ({
            ...m,
            id: event.assistant_message_id,
            status: 'complete',
          }));
          this.config.conversation.update((c) => (c ? { ...c, context: event.context } : c));
        } else {
          this.failed(question.id, reply.id, problemError(event.status, event.detail));
        }
      },
      error: (error: unknown) => this.failed(question.id, reply.id, error),
      complete: () => {
        this.streaming.set(false);
        this.stream = null;
      },
    });
  }

  /** The stop button: aborting the request makes the server keep the reply as `incomplete`. */
  stop(): void {
    if (this.stream) {
      this.stream.unsubscribe();
      this.stream = null;
      this.streaming.set(false);
      this.messages.update((list) =>
        list.map((m) =>
          m.id.startsWith('local-') && m.role === 'assistant' ? { ...m, status: 'incomplete' } : m,
        ),
      );
    }
  }

  /** Sends a failed question again; the failed copy stays stored server-side, marked failed. */
  retry(message: ChatMessage): void {
    this.messages.update((list) => list.filter((m) => m.id !== message.id));
    this.total.update((n) => n - 1);
    this.send(message.content);
  }

  regenerate(message: ChatMessage): void {
    const conversation = this.config.conversation();
    if (!conversation) {
      return;
    }
    this.progress
      .track('progress.ai', this.conversations.regenerate(conversation.id, message.id))
      .subscribe({
        next: (answer) => {
          this.patchMessage(message.id, () => answer.assistant_message);
          this.config.conversation.update((c) => (c ? { ...c, context: answer.context } : c));
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private failed(questionId: string, replyId: string, error: unknown): void {
    if (isModelRetired(error)) {
      this.refusedForRetiredModel(questionId, replyId);
      return;
    }
    if (isBudgetExhausted(error)) {
      this.refusedForBudget(questionId, replyId, error);
      return;
    }
    this.messages.update((list) =>
      list
        .filter((m) => m.id !== replyId)
        .map((m) => (m.id === questionId ? { ...m, status: 'failed' as const } : m)),
    );
    this.total.update((n) => n - 1);
    this.streaming.set(false);
    this.stream = null;
    this.notifications.error(error);
  }

  /**
   * The server stored nothing (409 before anything was sent): the question goes back into the
   * composer and the conversation is read again, so its banner offers the switch.
   */
  private refusedForRetiredModel(questionId: string, replyId: string): void {
    this.takeBack(questionId, replyId);
    this.notifications.info('chat.modelRetiredRefused');
    const conversation = this.config.conversation();
    if (conversation) {
      this.config.reopen(conversation.id);
    }
  }

  /**
   * The day's OpenAI tokens are used up (429 before anything was stored or sent): the question
   * goes back into the composer for tomorrow, and the message says when the budget resets.
   */
  private refusedForBudget(questionId: string, replyId: string, error: unknown): void {
    this.takeBack(questionId, replyId);
    this.notifications.error(error);
  }

  private takeBack(questionId: string, replyId: string): void {
    const question = this.messages().find((m) => m.id === questionId);
    this.messages.update((list) => list.filter((m) => m.id !== questionId && m.id !== replyId));
    this.total.update((n) => n - 2);
    this.draft.set(question?.content ?? this.draft());
    this.streaming.set(false);
    this.stream = null;
  }

  private patchMessage(id: string, change: (m: ChatMessage) => ChatMessage): void {
    this.messages.update((list) => list.map((m) => (m.id === id ? change(m) : m)));
  }
}

/** A stream's error event as the HttpErrorResponse the notification service translates. */
function problemError(status: number, detail: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { status, detail } });
}
