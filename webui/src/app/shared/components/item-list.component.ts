import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, TemplateRef } from '@angular/core';
import { Identified, ListView } from '../list/list-state';
import { EmptyStateComponent } from './empty-state.component';

/**
 * The rows of a library list: one button per item (marked when it is the selected one), or the
 * empty-state sentence. What a row shows comes from an `appListItem` template.
 */
@Component({
  selector: 'app-item-list',
  imports: [NgTemplateOutlet, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (list().page(); as page) {
      @if (page.items.length === 0) {
        <app-empty-state [message]="emptyMessage()" />
      } @else {
        <ul class="item-list" [attr.data-testid]="testId()">
          @for (item of page.items; track item.id) {
            <li>
              <button
                type="button"
                class="item-list__item"
                [class.item-list__item--selected]="list().selected()?.id === item.id"
                [attr.aria-current]="list().selected()?.id === item.id"
                (click)="list().select(item)"
              >
                <ng-container *ngTemplateOutlet="row(); context: { $implicit: item }" />
              </button>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    // A box of its own, so a page can make it its scrolling area (the conversation list).
    :host {
      display: block;
    }
  `,
})
export class ItemListComponent<T extends Identified> {
  readonly list = input.required<ListView<T, Identified>>();
  readonly row = input.required<TemplateRef<{ $implicit: T }>>();
  readonly emptyMessage = input.required<string>();
  readonly testId = input<string>();
}
