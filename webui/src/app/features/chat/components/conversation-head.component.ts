import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { ProgressService } from '../../../core/progress/progress.service';
import { Conversation, ConversationPatch, ExportFormat } from '../models/conversation';
import { ConversationService } from '../services/conversation.service';
import { ContextMeterComponent } from './context-meter.component';

/**
 * The open conversation's heading: its title, the context meter and what can be done with it
 * (compress, restore, rename, pin, archive, export, delete).
 */
@Component({
  selector: 'app-conversation-head',
  imports: [MatButtonModule, TranslatePipe, ContextMeterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h2 class="head__title" data-testid="conversation-heading">{{ conversation().title }}</h2>
      <app-context-meter [meter]="conversation().context" />
      <div class="actions">
        <button mat-stroked-button type="button" (click)="compress()" data-testid="compress">
          {{ 'chat.compress' | translate }}
        </button>
        @if (hasArchive()) {
          <button mat-stroked-button type="button" (click)="restore()" data-testid="restore">
            {{ 'chat.restore' | translate }}
          </button>
        }
        <button mat-button type="button" (click)="rename()" data-testid="rename">
          {{ 'chat.rename' | translate }}
        </button>
        <button
          mat-button
          type="button"
          (click)="patch({ pinned: !conversation().pinned })"
          data-testid="pin"
        >
          {{ (conversation().pinned ? 'chat.unpin' : 'chat.pin') | translate }}
        </button>
        <button
          mat-button
          type="button"
          (click)="patch({ archived: !conversation().archived })"
          data-testid="archive"
        >
          {{ (conversation().archived ? 'chat.unarchive' : 'chat.archive') | translate }}
        </button>
        <button mat-button type="button" (click)="export('json')">
          {{ 'chat.exportJson' | translate }}
        </button>
        <button mat-button type="button" (click)="export('markdown')">
          {{ 'chat.exportMarkdown' | translate }}
        </button>
        <button mat-button type="button" class="actions__danger" (click)="remove.emit()">
          {{ 'common.delete' | translate }}
        </button>
      </div>
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }

    .head__title {
      margin: 0;
      flex: 1 1 auto;
    }
  `,
})
export class ConversationHeadComponent {
  private readonly conversations = inject(ConversationService);
  private readonly notifications = inject(NotificationService);
  private readonly progress = inject(ProgressService);
  private readonly translate = inject(TranslateService);

  readonly conversation = input.required<Conversation>();
  /** Whether a summary stands for archived messages (restore is offered). */
  readonly hasArchive = input(false);
  /** The conversation's fields changed (title, pinned, archived). */
  readonly changed = output<Conversation>();
  /** The server rewrote the history (compressed or restored): read it again. */
  readonly rewritten = output();
  /** Delete was asked for (the page asks and deletes). */
  readonly remove = output();

  protected compress(): void {
    this.progress
      .track('chat.compressing', this.conversations.compress(this.conversation().id))
      .subscribe({
        next: () => {
          this.notifications.info('chat.compressed');
          this.rewritten.emit();
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected restore(): void {
    this.conversations.restoreArchive(this.conversation().id).subscribe({
      next: () => {
        this.notifications.info('chat.restored');
        this.rewritten.emit();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected rename(): void {
    const title = prompt(this.translate.instant('chat.renamePrompt'), this.conversation().title);
    if (title === null || !title.trim()) {
      return;
    }
    this.patch({ title: title.trim() });
  }

  protected patch(change: ConversationPatch): void {
    this.conversations.update(this.conversation().id, change).subscribe({
      next: (updated) => this.changed.emit(updated),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected export(format: ExportFormat): void {
    const id = this.conversation().id;
    this.conversations.export(id, format).subscribe({
      next: (blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `conversation-${id}.${format === 'json' ? 'json' : 'md'}`;
        link.click();
        URL.revokeObjectURL(link.href);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }
}
