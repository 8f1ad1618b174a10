import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { modelNotice } from '../domain/model-notice';
import { Conversation } from '../models/conversation';
import { ConversationService } from '../services/conversation.service';

/**
 * The open conversation's model retires (a hint) or has retired (a warning), with the offer to
 * go on with another model; the history stays.
 */
@Component({
  selector: 'app-model-notice',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notice(); as n) {
      <div
        class="model-notice"
        [class.model-notice--retired]="n.kind === 'retired'"
        [attr.role]="n.kind === 'retired' ? 'alert' : 'status'"
        data-testid="model-notice"
      >
        <span class="model-notice__text">
          @if (n.kind === 'retired') {
            {{
              (n.date ? 'chat.modelRetired' : 'chat.modelWithdrawn')
                | translate: { model: n.model, date: n.date }
            }}
          } @else {
            {{ 'chat.modelRetiring' | translate: { model: n.model, date: n.date } }}
          }
        </span>
        @if (n.replacement; as replacement) {
          <button
            mat-flat-button
            type="button"
            (click)="switchTo(replacement)"
            data-testid="switch-model"
          >
            {{ 'chat.switchModel' | translate: { model: replacement } }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: contents;
    }

    .model-notice {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      padding: 8px 12px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
    }

    .model-notice--retired {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .model-notice__text {
      flex: 1 1 240px;
    }
  `,
})
export class ModelNoticeComponent {
  private readonly conversations = inject(ConversationService);
  private readonly notifications = inject(NotificationService);

  readonly conversation = input.required<Conversation>();
  /** The conversation goes on with the new model. */
  readonly switched = output<Conversation>();

  protected readonly notice = computed(() => modelNotice(this.conversation()));

  protected switchTo(model: string): void {
    this.conversations.update(this.conversation().id, { model }).subscribe({
      next: (updated) => {
        this.notifications.info('chat.modelSwitched', { model });
        this.switched.emit(updated);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }
}
