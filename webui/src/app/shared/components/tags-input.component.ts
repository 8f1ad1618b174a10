import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { COMMA, ENTER } from '@angular/cdk/keycodes';

/** Tags as chips: Enter or comma adds one, the chip's remove button drops it. */
@Component({
  selector: 'app-tags-input',
  imports: [MatChipsModule, MatFormFieldModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="tags-input">
      <mat-label>{{ label() }}</mat-label>
      <mat-chip-grid #grid [attr.aria-label]="label()">
        @for (tag of tags(); track tag) {
          <mat-chip-row (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="removeLabel() + ' ' + tag">
              ×
            </button>
          </mat-chip-row>
        }
        <input
          data-testid="tags-input"
          [matChipInputFor]="grid"
          [matChipInputSeparatorKeyCodes]="separators"
          [matChipInputAddOnBlur]="true"
          (matChipInputTokenEnd)="add($event)"
        />
      </mat-chip-grid>
    </mat-form-field>
  `,
  styles: `
    .tags-input {
      width: 100%;
    }
  `,
})
export class TagsInputComponent {
  readonly label = input.required<string>();
  readonly removeLabel = input('Remove');
  readonly tags = model<string[]>([]);
  protected readonly separators = [ENTER, COMMA] as const;

  protected add(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    if (tag && !this.tags().includes(tag)) {
      this.tags.update((tags) => [...tags, tag]);
    }
    event.chipInput.clear();
  }

  protected remove(tag: string): void {
    this.tags.update((tags) => tags.filter((t) => t !== tag));
  }
}
