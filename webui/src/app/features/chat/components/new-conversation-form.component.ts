import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { initialModel } from '../domain/model-notice';
import { ChatModel, ChatProvider, Conversation } from '../models/conversation';
import { ConversationService } from '../services/conversation.service';

/**
 * A new conversation: title, model (with its window and retirement date), system context, tags.
 * The provider's models are read each time the form opens.
 */
@Component({
  selector: 'app-new-conversation-form',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    TagsInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-conversation-form.component.html',
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewConversationFormComponent implements OnInit {
  private readonly conversations = inject(ConversationService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);

  readonly provider = input.required<ChatProvider>();
  /** The chosen model; the page keeps it, so the next new conversation starts with it. */
  readonly modelName = model('');
  readonly created = output<Conversation>();
  readonly cancelled = output();

  protected readonly models = signal<ChatModel[]>([]);
  protected readonly title = signal('');
  protected readonly system = signal('');
  protected readonly tags = signal<string[]>([]);
  protected readonly selectedModel = computed(
    () => this.models().find((m) => m.name === this.modelName()) ?? null,
  );

  ngOnInit(): void {
    this.conversations.models(this.provider()).subscribe({
      next: (models) => {
        this.models.set(models);
        this.modelName.set(initialModel(models, this.modelName()));
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected create(): void {
    const title = this.title().trim() || this.translate.instant('chat.untitled');
    this.conversations
      .create({
        title,
        provider: this.provider(),
        model: this.modelName(),
        system_context: this.system().trim() || null,
        tags: this.tags(),
      })
      .subscribe({
        next: (conversation) => this.created.emit(conversation),
        error: (error: unknown) => this.notifications.error(error),
      });
  }
}
