import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { BudgetLineComponent } from '../../../shared/components/budget-line.component';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { listState } from '../../../shared/list/list-state';
import { ComposerComponent } from '../components/composer.component';
import {
  ConversationFilters,
  ConversationListComponent,
} from '../components/conversation-list.component';
import { ConversationHeadComponent } from '../components/conversation-head.component';
import { MessageThreadComponent } from '../components/message-thread.component';
import { ModelNoticeComponent } from '../components/model-notice.component';
import { NewConversationFormComponent } from '../components/new-conversation-form.component';
import { ChatProvider, Conversation } from '../models/conversation';
import { ConversationService } from '../services/conversation.service';
import { MessageTimeline } from '../services/message-timeline';

const LIST_SIZE = 30;

/**
 * AI chat (Ollama or OpenAI, from the route): the conversation list beside the open
 * conversation. The page holds the state its parts share (the list with its selection, the
 * open conversation's messages) and wires list, heading, notice, thread and composer together.
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
    BudgetLineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chat.page.html',
  styleUrl: './chat.page.scss',
})
export class ChatPage {
  private readonly conversations = inject(ConversationService);
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
    open: (id) => this.timeline.load(id),
    closed: () => this.timeline.messages.set([]),
  });
  protected readonly timeline: MessageTimeline = new MessageTimeline({
    conversation: this.list.selected,
    reopen: (id) => this.list.open(id),
    // After the next render, when the thread shows the new messages.
    scrollToEnd: () => setTimeout(() => this.thread()?.scrollToEnd()),
  });
  protected readonly creating = signal(false);
  /** The model of the last new conversation, offered first for the next one. */
  protected readonly newModel = signal('');

  protected created(conversation: Conversation): void {
    this.creating.set(false);
    this.list.reload();
    this.timeline.startEmpty();
    this.list.show(conversation);
  }

  /** Title, pin, archive or model changed: the heading and the list show it. */
  protected changed(conversation: Conversation): void {
    this.list.updateSelected(conversation);
    this.list.reload();
  }

  protected remove(conversation: Conversation): void {
    this.list.confirmDelete(
      this.translate.instant('chat.confirmDelete', { title: conversation.title }),
      () => this.conversations.delete(conversation.id),
    );
  }
}
