import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

/** The message input: Enter sends, Shift+Enter breaks the line; stop while a reply streams. */
@Component({
  selector: 'app-composer',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="composer" (ngSubmit)="send.emit()">
      <mat-form-field class="composer__input">
        <mat-label>{{ 'chat.message' | translate }}</mat-label>
        <textarea
          matInput
          rows="3"
          name="draft"
          data-testid="chat-input"
          [ngModel]="draft()"
          (ngModelChange)="draft.set($event)"
          (keydown)="keydown($event)"
          [disabled]="disabled()"
        ></textarea>
      </mat-form-field>
      @if (streaming()) {
        <button mat-stroked-button type="button" (click)="stop.emit()" data-testid="stop">
          {{ 'chat.stop' | translate }}
        </button>
      } @else {
        <button
          mat-flat-button
          type="submit"
          [disabled]="!draft().trim() || disabled()"
          data-testid="send"
        >
          {{ 'chat.send' | translate }}
        </button>
      }
    </form>
  `,
  styles: `
    :host {
      display: contents;
    }

    .composer {
      display: flex;
      gap: 8px;
      align-items: center;
    }

    .composer__input {
      flex: 1 1 auto;
    }
  `,
})
export class ComposerComponent {
  readonly draft = model('');
  readonly streaming = input(false);
  /** No sending (the model has retired). */
  readonly disabled = input(false);
  readonly send = output();
  readonly stop = output();

  protected keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.send.emit();
    }
  }
}
