import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * A text filter of a library list (search, tag, date). Its host adds no box, so the field is an
 * item of the page's `.filters` row; `wide` makes it the row's stretching search field.
 */
@Component({
  selector: 'app-filter-text',
  imports: [FormsModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field [class.filters__search]="wide()">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [type]="type()"
        [attr.data-testid]="testId()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
      />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class FilterTextComponent {
  readonly label = input.required<string>();
  readonly value = input('');
  readonly type = input<'search' | 'text' | 'date'>('text');
  readonly wide = input(false, { transform: booleanAttribute });
  readonly testId = input<string>();
  readonly valueChange = output<string>();
}
