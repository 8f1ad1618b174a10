import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChild, input } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { providePaginatorTranslations } from '../../core/i18n/paginator-intl';
import { Identified, ListView } from '../list/list-state';
import { EmptyStateComponent } from './empty-state.component';
import { ItemListComponent } from './item-list.component';
import {
  ListBodyDirective,
  ListDetailDirective,
  ListItemDirective,
} from './list-templates.directive';

/**
 * The library pages' layout: the list (filters projected with a `listFilters` attribute, the rows
 * from an `appListItem` template or a whole `appListBody`, a paginator) beside the detail of the
 * selected record (an `appListDetail` template, or a hint while nothing is selected).
 */
@Component({
  selector: 'app-list-detail',
  providers: [providePaginatorTranslations()],
  imports: [
    NgTemplateOutlet,
    MatPaginatorModule,
    TranslatePipe,
    EmptyStateComponent,
    ItemListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="master-detail">
      <section
        class="master-detail__master"
        [attr.aria-label]="listLabel()"
        [attr.aria-busy]="list().loading()"
      >
        <ng-content select="[listFilters]" />
        @if (list().page(); as page) {
          @if (body(); as body) {
            @if (page.items.length === 0) {
              <app-empty-state [message]="emptyMessage()" />
            } @else {
              <ng-container *ngTemplateOutlet="body.template; context: { $implicit: page.items }" />
            }
          } @else if (row(); as row) {
            <app-item-list
              [list]="list()"
              [row]="row.template"
              [emptyMessage]="emptyMessage()"
              [testId]="listTestId()"
            />
          }
          @if (page.items.length > 0) {
            <mat-paginator
              [length]="page.total"
              [pageSize]="list().pageSize"
              [pageIndex]="list().pageIndex()"
              [hidePageSize]="true"
              (page)="list().pageChanged($event)"
            />
          }
        }
      </section>

      <section class="master-detail__detail" [attr.aria-label]="'common.details' | translate">
        @if (list().selected(); as item) {
          @if (detail(); as detail) {
            <ng-container *ngTemplateOutlet="detail.template; context: { $implicit: item }" />
          }
        } @else {
          <app-empty-state [message]="selectHint()" />
        }
      </section>
    </div>
  `,
  styles: `
    // The grid is the page's own (styles.scss): this element adds no box of its own.
    :host {
      display: contents;
    }
  `,
})
export class ListDetailComponent<T extends Identified, D extends Identified> {
  readonly list = input.required<ListView<T, D>>();
  /** The list section's accessible name. */
  readonly listLabel = input.required<string>();
  readonly emptyMessage = input.required<string>();
  /** Shown in the detail panel while nothing is selected. */
  readonly selectHint = input.required<string>();
  readonly listTestId = input<string>();

  protected readonly row = contentChild<ListItemDirective<T>>(ListItemDirective);
  protected readonly body = contentChild<ListBodyDirective<T>>(ListBodyDirective);
  protected readonly detail = contentChild<ListDetailDirective<D>>(ListDetailDirective);
}
