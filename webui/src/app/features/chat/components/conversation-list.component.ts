import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { FilterTextComponent } from '../../../shared/components/filter-text.component';
import { ItemListComponent } from '../../../shared/components/item-list.component';
import { ListItemDirective } from '../../../shared/components/list-templates.directive';
import { ListState } from '../../../shared/list/list-state';
import { Conversation } from '../models/conversation';

/** What the conversation list is filtered by. */
export interface ConversationFilters {
  q: string;
  tag: string;
  showArchived: boolean;
}

/** The provider's conversations: search, tag and archived filters, pinned ones marked. */
@Component({
  selector: 'app-conversation-list',
  imports: [
    FormsModule,
    MatCheckboxModule,
    FilterTextComponent,
    TranslatePipe,
    ItemListComponent,
    ListItemDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="chat__list" [attr.aria-label]="'chat.conversations' | translate">
      <div class="filters">
        <app-filter-text
          type="search"
          wide
          testId="conversation-search"
          [label]="'common.search' | translate"
          [value]="list().filters().q"
          (valueChange)="list().setFilter('q', $event)"
        />
        <app-filter-text
          [label]="'fields.tag' | translate"
          [value]="list().filters().tag"
          (valueChange)="list().setFilter('tag', $event)"
        />
        <mat-checkbox
          [ngModel]="list().filters().showArchived"
          (ngModelChange)="list().setFilter('showArchived', $event)"
          data-testid="show-archived"
          >{{ 'chat.showArchived' | translate }}</mat-checkbox
        >
      </div>
      <app-item-list
        class="chat__conversations"
        [list]="list()"
        [row]="row.template"
        [emptyMessage]="'chat.empty' | translate"
        testId="conversation-list"
      />
      <ng-template #row="appListItem" [appListItem]="list()" let-c>
        <span class="item-list__title">
          @if (c.pinned) {
            <span class="chat__pin">{{ 'chat.pinnedMark' | translate }}</span>
          }
          {{ c.title }}</span
        >
        <span class="item-list__meta"
          >{{ c.model }}
          @if (c.tags.length) {
            · {{ c.tags.join(', ') }}
          }
        </span>
      </ng-template>
    </section>
  `,
  styles: `
    // The section is the chat grid's first column, as before the list was a component.
    :host {
      display: contents;
    }

    .chat__list {
      display: flex;
      flex-direction: column;
      min-height: 0;
    }

    .chat__conversations {
      flex: 1 1 auto;
      min-height: 0;
      overflow-y: auto;
      overscroll-behavior: contain;

      @media (width <= 900px) {
        max-height: 40vh;
      }
    }

    .chat__pin {
      color: var(--mat-sys-tertiary);
    }
  `,
})
export class ConversationListComponent {
  readonly list = input.required<ListState<Conversation, ConversationFilters>>();
}
