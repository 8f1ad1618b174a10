import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';

/** One choice of a filter select: its value and the translation key of its label. */
export interface FilterOption<V> {
  value: V;
  label: string;
}

/** Options for a list of values whose labels are `prefix + value` (`equipment.type.Plugin`). */
export function filterOptions<V extends string>(
  values: readonly V[],
  prefix: string,
): FilterOption<V>[] {
  return values.map((value) => ({ value, label: prefix + value }));
}

/**
 * A select filter of a library list: "All" (the empty value) first unless `all` is false, then
 * the options, their labels translated.
 */
@Component({
  selector: 'app-filter-select',
  imports: [FormsModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <mat-select
        [attr.data-testid]="testId()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
      >
        @if (all()) {
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
        }
        @for (option of options(); track option.value) {
          <mat-option [value]="option.value">{{ option.label | translate }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FilterSelectComponent<V> {
  readonly label = input.required<string>();
  readonly value = input.required<V>();
  readonly options = input.required<readonly FilterOption<V>[]>();
  /** Offer "All" (the empty value), as every filter but the sort does. */
  readonly all = input(true, { transform: booleanAttribute });
  readonly testId = input<string>();
  readonly valueChange = output<V>();
}
