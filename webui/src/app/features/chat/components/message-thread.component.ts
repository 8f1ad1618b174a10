import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { prependOlder } from '../domain/chat-timeline';
import { renderMarkdown } from '../domain/markdown';
import { ChatMessage } from '../models/conversation';
import { ConversationService } from '../services/conversation.service';
import { MESSAGE_PAGE } from '../services/message-timeline';

/** Estimated row height for the virtual scroll; rows grow with their text. */
export const MESSAGE_ROW_PX = 96;

/**
 * The messages of the open conversation, virtually scrolled: older pages load when the reader
 * scrolls to the top, Markdown is rendered (sanitised) once per content, failed questions offer
 * a retry and the last reply a regeneration.
 */
@Component({
  selector: 'app-message-thread',
  imports: [ScrollingModule, MatButtonModule, TranslatePipe, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './message-thread.component.html',
  styleUrl: './message-thread.component.scss',
})
export class MessageThreadComponent {
  private readonly conversations = inject(ConversationService);
  private readonly notifications = inject(NotificationService);

  readonly conversationId = input.required<string>();
  /** The loaded messages, oldest first (the page adds the streamed ones). */
  readonly messages = model.required<ChatMessage[]>();
  /** How many messages the conversation has on the server. */
  readonly total = model.required<number>();
  readonly streaming = input(false);
  /** The reply that may be regenerated, if any. */
  readonly regenerable = input<ChatMessage | null>(null);
  readonly retry = output<ChatMessage>();
  readonly regenerate = output<ChatMessage>();

  private readonly viewport = viewChild<CdkVirtualScrollViewport>('viewport');
  protected readonly rowHeight = MESSAGE_ROW_PX;
  protected readonly loadingOlder = signal(false);
  protected readonly hasOlder = computed(() => this.messages().length < this.total());
  private readonly html = new Map<string, { content: string; html: string }>();

  /** Shows the newest message. */
  scrollToEnd(): void {
    this.viewport()?.scrollTo({ bottom: 0 });
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

  protected scrolled(index: number): void {
    if (index <= 2 && this.hasOlder() && !this.loadingOlder()) {
      this.loadOlder();
    }
  }

  protected loadOlder(): void {
    this.loadingOlder.set(true);
    const loaded = this.messages().filter((m) => !m.id.startsWith('local-')).length;
    this.conversations.get(this.conversationId(), MESSAGE_PAGE, loaded).subscribe({
      next: (detail) => {
        const before = this.messages().length;
        this.messages.update((current) => prependOlder(current, detail.messages.items));
        this.total.set(detail.messages.total);
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
}
