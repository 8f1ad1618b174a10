import { ScrollingModule, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Subject, Subscription, catchError, debounceTime, of, switchMap, tap } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { ProgressService } from '../../../core/progress/progress.service';
import { Page } from '../../../core/models/page';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { lastReply, localMessage, prependOlder } from '../domain/chat-timeline';
import { renderMarkdown } from '../domain/markdown';
import { initialModel, isModelRetired, modelNotice } from '../domain/model-notice';
import { meterLevel } from '../domain/stream-events';
import {
  ChatMessage,
  ChatModel,
  ChatProvider,
  ContextMeter,
  Conversation,
  ExportFormat,
} from '../models/conversation';
import { ChatStreamService } from '../services/chat-stream.service';
import { ConversationService } from '../services/conversation.service';

const LIST_SIZE = 30;
/** Messages per request; a 5,000-message conversation opens with only the newest page. */
const MESSAGE_PAGE = 50;
/** Estimated row height for the virtual scroll; rows grow with their text. */
export const MESSAGE_ROW_PX = 96;

@Component({
  selector: 'app-chat-page',
  imports: [
    LocalDatePipe,
    FormsModule,
    ScrollingModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
    TagsInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat.page.html',
  styleUrl: './chat.page.scss',
})
export class ChatPage implements OnInit {
  private readonly conversations = inject(ConversationService);
  private readonly streams = inject(ChatStreamService);
  private readonly notifications = inject(NotificationService);
  private readonly progress = inject(ProgressService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** From the route's data. */
  readonly provider = input.required<ChatProvider>();
  /** The open conversation, kept in the URL. */
  readonly id = input<string>();

  private readonly viewport = viewChild<CdkVirtualScrollViewport>('viewport');

  protected readonly q = signal('');
  protected readonly showArchived = signal(false);
  protected readonly tag = signal('');
  protected readonly list = signal<Page<Conversation> | null>(null);

  protected readonly selected = signal<Conversation | null>(null);
  protected readonly messages = signal<ChatMessage[]>([]);
  protected readonly totalMessages = signal(0);
  protected readonly loadingOlder = signal(false);
  protected readonly draft = signal('');
  protected readonly streaming = signal(false);
  protected readonly rowHeight = MESSAGE_ROW_PX;

  protected readonly creating = signal(false);
  protected readonly models = signal<ChatModel[]>([]);
  protected readonly newTitle = signal('');
  protected readonly newModel = signal('');
  protected readonly newSystem = signal('');
  protected readonly newTags = signal<string[]>([]);

  protected readonly meter = computed<ContextMeter | null>(() => this.selected()?.context ?? null);
  protected readonly meterLevel = computed(() => meterLevel(this.meter()));
  protected readonly meterPercent = computed(() => {
    const m = this.meter();
    return m && m.window > 0 ? Math.round((m.used_tokens / m.window) * 100) : 0;
  });
  /** The retired-model banner (or the retiring hint) of the open conversation. */
  protected readonly notice = computed(() => modelNotice(this.selected()));
  protected readonly retired = computed(() => this.notice()?.kind === 'retired');
  protected readonly regenerable = computed(() =>
    this.streaming() || this.retired() ? null : lastReply(this.messages()),
  );
  protected readonly hasOlder = computed(() => this.messages().length < this.totalMessages());
  protected readonly hasArchive = computed(() => this.messages().some((m) => m.summary));
  protected readonly selectedModel = computed(
    () => this.models().find((m) => m.name === this.newModel()) ?? null,
  );

  private readonly reload$ = new Subject<void>();
  private stream: Subscription | null = null;
  private readonly html = new Map<string, { content: string; html: string }>();

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) {
        this.selected.set(null);
        this.messages.set([]);
        return;
      }
      if (this.selected()?.id !== id) {
        this.open(id);
      }
    });
    this.destroyRef.onDestroy(() => this.stream?.unsubscribe());
  }

  ngOnInit(): void {
    this.reload$
      .pipe(
        debounceTime(200),
        switchMap(() =>
          this.conversations
            .list({
              provider: this.provider(),
              q: this.q().trim(),
              archived: this.showArchived(),
              tag: this.tag().trim(),
              limit: LIST_SIZE,
            })
            .pipe(
              catchError((error: unknown) => {
                this.notifications.error(error);
                return of(null);
              }),
            ),
        ),
        tap((page) => page && this.list.set(page)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
    this.reload$.next();
  }

  protected filtersChanged(): void {
    this.reload$.next();
  }

  protected select(conversation: Conversation): void {
    void this.router.navigate([], { queryParams: { id: conversation.id } });
  }

  /** Sanitised HTML of a message, cached per content so long histories are not re-rendered. */
  protected rendered(message: ChatMessage): string {
    const cached = this.html.get(message.id);
    if (cached && cached.content === message.content) {
      return cached.html;
    }
    const html = renderMarkdown(message.content);
    this.html.set(message.id, { content: message.content, html });
    return html;
  }

  protected trackMessage(_: number, message: ChatMessage): string {
    return message.id;
  }

  // --- new conversation ---------------------------------------------------------------

  protected startNew(): void {
    this.creating.set(true);
    this.newTitle.set('');
    this.newSystem.set('');
    this.newTags.set([]);
    this.conversations.models(this.provider()).subscribe({
      next: (models) => {
        this.models.set(models);
        this.newModel.set(initialModel(models, this.newModel()));
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected create(): void {
    const title = this.newTitle().trim() || this.translate.instant('chat.untitled');
    this.conversations
      .create({
        title,
        provider: this.provider(),
        model: this.newModel(),
        system_context: this.newSystem().trim() || null,
        tags: this.newTags(),
      })
      .subscribe({
        next: (conversation) => {
          this.creating.set(false);
          this.reload$.next();
          this.selected.set(conversation);
          this.messages.set([]);
          this.totalMessages.set(0);
          this.select(conversation);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  // --- one conversation ---------------------------------------------------------------

  private open(id: string): void {
    this.stop();
    const started = performance.now();
    this.conversations.get(id, MESSAGE_PAGE, 0).subscribe({
      next: (detail) => {
        const { messages, ...conversation } = detail;
        this.selected.set(conversation);
        this.messages.set(messages.items);
        this.totalMessages.set(messages.total);
        this.scrollToEnd();
        // Read by the e2e test that measures how long a long conversation takes to open.
        requestAnimationFrame(() =>
          performance.measure('chat-open', { start: started, end: performance.now() }),
        );
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected scrolled(index: number): void {
    if (index <= 2 && this.hasOlder() && !this.loadingOlder()) {
      this.loadOlder();
    }
  }

  protected loadOlder(): void {
    const conversation = this.selected();
    if (!conversation) {
      return;
    }
    this.loadingOlder.set(true);
    const loaded = this.messages().filter((m) => !m.id.startsWith('local-')).length;
    this.conversations.get(conversation.id, MESSAGE_PAGE, loaded).subscribe({
      next: (detail) => {
        const before = this.messages().length;
        this.messages.update((current) => prependOlder(current, detail.messages.items));
        this.totalMessages.set(detail.messages.total);
        this.loadingOlder.set(false);
        // Keep the message the reader was looking at in place.
        this.viewport()?.scrollToIndex(this.messages().length - before + 1);
      },
      error: (error: unknown) => {
        this.loadingOlder.set(false);
        this.notifications.error(error);
      },
    });
  }

  protected send(text = this.draft()): void {
    const conversation = this.selected();
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
          this.selected.update((c) => (c ? { ...c, context: event.context } : c));
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
    const conversation = this.selected();
    if (!conversation) {
      return;
    }
    this.progress
      .track('progress.ai', this.conversations.regenerate(conversation.id, message.id))
      .subscribe({
        next: (answer) => {
          this.patchMessage(message.id, () => answer.assistant_message);
          this.selected.update((c) => (c ? { ...c, context: answer.context } : c));
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected compress(): void {
    const conversation = this.selected();
    if (!conversation) {
      return;
    }
    this.progress
      .track('chat.compressing', this.conversations.compress(conversation.id))
      .subscribe({
        next: () => {
          this.notifications.info('chat.compressed');
          this.open(conversation.id);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected restore(): void {
    const conversation = this.selected();
    if (!conversation) {
      return;
    }
    this.conversations.restoreArchive(conversation.id).subscribe({
      next: () => {
        this.notifications.info('chat.restored');
        this.open(conversation.id);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected rename(conversation: Conversation): void {
    const title = prompt(this.translate.instant('chat.renamePrompt'), conversation.title);
    if (title === null || !title.trim()) {
      return;
    }
    this.patch(conversation, { title: title.trim() });
  }

  protected togglePinned(conversation: Conversation): void {
    this.patch(conversation, { pinned: !conversation.pinned });
  }

  /** The banner's offer: the conversation goes on with another model, its history stays. */
  protected switchModel(conversation: Conversation, model: string): void {
    this.conversations.update(conversation.id, { model }).subscribe({
      next: (updated) => {
        if (this.selected()?.id === updated.id) {
          this.selected.set(updated);
        }
        this.notifications.info('chat.modelSwitched', { model });
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected toggleArchived(conversation: Conversation): void {
    this.patch(conversation, { archived: !conversation.archived });
  }

  protected remove(conversation: Conversation): void {
    if (!confirm(this.translate.instant('chat.confirmDelete', { title: conversation.title }))) {
      return;
    }
    this.conversations.delete(conversation.id).subscribe({
      next: () => {
        this.selected.set(null);
        void this.router.navigate([], { queryParams: {} });
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected export(conversation: Conversation, format: ExportFormat): void {
    this.conversations.export(conversation.id, format).subscribe({
      next: (blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `conversation-${conversation.id}.${format === 'json' ? 'json' : 'md'}`;
        link.click();
        URL.revokeObjectURL(link.href);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send();
    }
  }

  private patch(conversation: Conversation, change: Partial<Conversation>): void {
    this.conversations.update(conversation.id, change).subscribe({
      next: (updated) => {
        if (this.selected()?.id === updated.id) {
          this.selected.set(updated);
        }
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
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
    const conversation = this.selected();
    if (conversation) {
      this.open(conversation.id);
    }
  }

  private patchMessage(id: string, change: (m: ChatMessage) => ChatMessage): void {
    this.messages.update((list) => list.map((m) => (m.id === id ? change(m) : m)));
  }

  private scrollToEnd(): void {
    setTimeout(() => this.viewport()?.scrollTo({ bottom: 0 }));
  }
}

/** A stream's error event as the HttpErrorResponse the notification service translates. */
function problemError(status: number, detail: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { status, detail } });
}
