import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What a list shows when it has nothing: one calm sentence instead of a blank area. */
@Component({
  selector: 'app-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="empty-state" data-testid="empty-state">{{ message() }}</p>`,
  styles: `
    .empty-state {
      padding: 32px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmptyStateComponent {
  readonly message = input.required<string>();
}
