import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, Subscription, map } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { ProgressService } from '../../../core/progress/progress.service';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { listState } from '../../../shared/list/list-state';
import { ComposerComponent } from '../components/composer.component';
import {
  ConversationFilters,
  ConversationListComponent,
} from '../components/conversation-list.component';
import { ConversationHeadComponent } from '../components/conversation-head.component';
import { MESSAGE_PAGE, MessageThreadComponent } from '../components/message-thread.component';
import { ModelNoticeComponent } from '../components/model-notice.component';
import { NewConversationFormComponent } from '../components/new-conversation-form.component';
import { lastReply, localMessage } from '../domain/chat-timeline';
import { isModelRetired, modelNotice } from '../domain/model-notice';
import { ChatMessage, ChatProvider, Conversation } from '../models/conversation';
import { ChatStreamService } from '../services/chat-stream.service';
import { ConversationService } from '../services/conversation.service';

const LIST_SIZE = 30;

/**
 * AI chat (Ollama or OpenAI, from the route): the conversation list beside the open
 * conversation. The page holds the state its parts share (the open conversation, its messages,
 * the streamed reply) and wires the list, heading, thread and composer together.
 */
@Component({
  selector: 'app-chat-page',
  imports: [
    MatButtonModule,
    TranslatePipe,
    EmptyStateComponent,
    ComposerComponent,
    ConversationHeadComponent,
    ConversationListComponent,
    MessageThreadComponent,
    ModelNoticeComponent,
    NewConversationFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat.page.html',
  styleUrl: './chat.page.scss',
})
export class ChatPage {
  private readonly conversations = inject(ConversationService);
  private readonly streams = inject(ChatStreamService);
  private readonly notifications = inject(NotificationService);
  private readonly progress = inject(ProgressService);
  private readonly translate = inject(TranslateService);

  /** From the route's data. */
  readonly provider = input.required<ChatProvider>();
  /** The open conversation, kept in the URL. */
  readonly id = input<string>();

  private readonly thread = viewChild(MessageThreadComponent);

  protected readonly list = listState<Conversation, ConversationFilters>({
    filters: { q: '', tag: '', showArchived: false },
    pageSize: LIST_SIZE,
    debounceMs: 200,
    load: (f) =>
      this.conversations.list({
        provider: this.provider(),
        q: f.q.trim(),
        archived: f.showArchived,
        tag: f.tag.trim(),
        limit: LIST_SIZE,
      }),
    selectedId: this.id,
    open: (id) => this.read(id),
    closed: () => this.messages.set([]),
  });

  protected readonly messages = signal<ChatMessage[]>([]);
  protected readonly totalMessages = signal(0);
  protected readonly draft = signal('');
  protected readonly streaming = signal(false);
  protected readonly creating = signal(false);
  /** The model of the last new conversation, offered first for the next one. */
  protected readonly newModel = signal('');

  protected readonly retired = computed(
    () => modelNotice(this.list.selected())?.kind === 'retired',
  );
  protected readonly regenerable = computed(() =>
    this.streaming() || this.retired() ? null : lastReply(this.messages()),
  );
  protected readonly hasArchive = computed(() => this.messages().some((m) => m.summary));

  private stream: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stream?.unsubscribe());
  }

  protected created(conversation: Conversation): void {
    this.creating.set(false);
    this.list.reload();
    this.messages.set([]);
    this.totalMessages.set(0);
    this.list.show(conversation);
  }

  /** Title, pin, archive or model changed: the heading and the list show it. */
  protected changed(conversation: Conversation): void {
    this.list.updateSelected(conversation);
    this.list.reload();
  }

  protected reopen(conversation: Conversation): void {
    this.list.open(conversation.id);
  }

  protected remove(conversation: Conversation): void {
    this.list.confirmDelete(
      this.translate.instant('chat.confirmDelete', { title: conversation.title }),
      () => this.conversations.delete(conversation.id),
    );
  }

  protected send(text = this.draft()): void {
    const conversation = this.list.selected();
    const content = text.trim();
    if (!conversation || !content || this.streaming() || this.retired()) {
      return;
    }
    const question = localMessage('user', content);
    const reply = localMessage('assistant', '');
    this.draft.set('');
    this.messages.update((list) => [...list, question, reply]);
    this.totalMessages.update((n) => n + 2);
    this.streaming.set(true);
    this.scrollToEnd();
    this.stream = this.streams.send(conversation.id, content).subscribe({
      next: (event) => {
        if (event.type === 'token') {
          this.patchMessage(reply.id, (m) => ({ ...m, content: m.content + event.text }));
          this.scrollToEnd();
        } else if (event.type === 'done') {
          this.patchMessage(question.id, (m) => ({ ...m, id: event.user_message_id || m.id }));
          this.patchMessage(reply.id, (m) => ({
            ...m,
            id: event.assistant_message_id,
            status: 'complete',
          }));
          this.list.selected.update((c) => (c ? { ...c, context: event.context } : c));
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
  protected stop(): void {
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
  protected retry(message: ChatMessage): void {
    this.messages.update((list) => list.filter((m) => m.id !== message.id));
    this.totalMessages.update((n) => n - 1);
    this.send(message.content);
  }

  protected regenerate(message: ChatMessage): void {
    const conversation = this.list.selected();
    if (!conversation) {
      return;
    }
    this.progress
      .track('progress.ai', this.conversations.regenerate(conversation.id, message.id))
      .subscribe({
        next: (answer) => {
          this.patchMessage(message.id, () => answer.assistant_message);
          this.list.selected.update((c) => (c ? { ...c, context: answer.context } : c));
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  /** Opens a conversation with its newest page of messages (a running reply is stopped). */
  private read(id: string): Observable<Conversation> {
    this.stop();
    const started = performance.now();
    return this.conversations.get(id, MESSAGE_PAGE, 0).pipe(
      map(({ messages, ...conversation }) => {
        this.messages.set(messages.items);
        this.totalMessages.set(messages.total);
        this.scrollToEnd();
        // Read by the e2e test that measures how long a long conversation takes to open.
        requestAnimationFrame(() =>
          performance.measure('chat-open', { start: started, end: performance.now() }),
        );
        return conversation;
      }),
    );
  }

  private failed(questionId: string, replyId: string, error: unknown): void {
    if (isModelRetired(error)) {
      this.refusedForRetiredModel(questionId, replyId);
      return;
    }
    this.messages.update((list) =>
      list
        .filter((m) => m.id !== replyId)
        .map((m) => (m.id === questionId ? { ...m, status: 'failed' as const } : m)),
    );
    this.totalMessages.update((n) => n - 1);
    this.streaming.set(false);
    this.stream = null;
    this.notifications.error(error);
  }

  /**
   * The server stored nothing (409 before anything was sent): the question goes back into the
   * composer and the conversation is read again, so its banner offers the switch.
   */
  private refusedForRetiredModel(questionId: string, replyId: string): void {
    const question = this.messages().find((m) => m.id === questionId);
    this.messages.update((list) => list.filter((m) => m.id !== questionId && m.id !== replyId));
    this.totalMessages.update((n) => n - 2);
    this.draft.set(question?.content ?? this.draft());
    this.streaming.set(false);
    this.stream = null;
    this.notifications.info('chat.modelRetiredRefused');
    const conversation = this.list.selected();
    if (conversation) {
      this.list.open(conversation.id);
    }
  }

  private patchMessage(id: string, change: (m: ChatMessage) => ChatMessage): void {
    this.messages.update((list) => list.map((m) => (m.id === id ? change(m) : m)));
  }

  /** After the next render, when the thread shows the new messages. */
  private scrollToEnd(): void {
    setTimeout(() => this.thread()?.scrollToEnd());
  }
}

/** A stream's error event as the HttpErrorResponse the notification service translates. */
function problemError(status: number, detail: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { status, detail } });
}
