import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { EmptyStateComponent } from '../../shared/components/empty-state.component';

/** Stands in for a page of part 2 until it is built; the route and navigation already exist. */
@Component({
  selector: 'app-placeholder',
  imports: [TranslatePipe, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">{{ titleKey() | translate }}</h1>
    <app-empty-state [message]="'placeholder.comingSoon' | translate" />
  `,
})
export class PlaceholderComponent {
  /** Bound from the route's data. */
  readonly titleKey = input.required<string>();
}
