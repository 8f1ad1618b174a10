import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PageEvent } from '@angular/material/paginator';
import { provideTranslateService } from '@ngx-translate/core';
import { Page } from '../../core/models/page';
import { ListView } from '../list/list-state';
import { ListDetailComponent } from './list-detail.component';
import {
  ListBodyDirective,
  ListDetailDirective,
  ListItemDirective,
} from './list-templates.directive';

interface Row {
  id: string;
  name: string;
}

/** A list as a page's ListState would be, with the page and selection set by the test. */
class FakeList implements ListView<Row, Row> {
  readonly page = signal<Page<Row> | null>(null);
  readonly pageSize = 2;
  readonly offset = signal(0);
  readonly pageIndex = computed(() => this.offset() / this.pageSize);
  readonly loading = signal(false);
  readonly selected = signal<Row | null>(null);
  readonly select = vi.fn((item: Row) => this.selected.set(item));
  readonly pageChanged = vi.fn((event: PageEvent) =>
    this.offset.set(event.pageIndex * event.pageSize),
  );
}

@Component({
  imports: [ListDetailComponent, ListItemDirective, ListDetailDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-list-detail
      [list]="list"
      listLabel="Rows"
      emptyMessage="No rows"
      selectHint="Pick a row"
      listTestId="rows"
    >
      <p class="filters" listFilters>filters</p>
      <ng-template [appListItem]="list" let-row>
        <span class="name">{{ row.name }}</span>
      </ng-template>
      <ng-template [appListDetail]="list" let-row>
        <h2 data-testid="detail">{{ row.name }}</h2>
      </ng-template>
    </app-list-detail>
  `,
})
class RowsHost {
  readonly list = new FakeList();
}

@Component({
  imports: [ListDetailComponent, ListBodyDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-list-detail [list]="list" listLabel="Grid" emptyMessage="No rows" selectHint="Pick">
      <ng-template [appListBody]="list" let-items>
        <ol data-testid="grid">
          @for (item of items; track item.id) {
            <li>{{ item.name }}</li>
          }
        </ol>
      </ng-template>
    </app-list-detail>
  `,
})
class GridHost {
  readonly list = new FakeList();
}

const rows = (total: number, ...names: string[]): Page<Row> => ({
  items: names.map((name) => ({ id: name, name })),
  total,
  limit: 2,
  offset: 0,
});

describe('ListDetailComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  });

  function render<T extends RowsHost | GridHost>(host: new () => T) {
    const fixture = TestBed.createComponent(host);
    const el: HTMLElement = fixture.nativeElement;
    const list = fixture.componentInstance.list;
    const update = () => fixture.detectChanges();
    update();
    return { list, el, update };
  }

  it('shows the filters and nothing else until the first page arrives', () => {
    const { el } = render(RowsHost);
    expect(el.querySelector('[listFilters]')?.textContent).toBe('filters');
    expect(el.querySelector('[data-testid=rows]')).toBeNull();
    expect(el.querySelector('mat-paginator')).toBeNull();
    expect(el.querySelector('.master-detail__master')?.getAttribute('aria-label')).toBe('Rows');
    expect(el.querySelector('.master-detail__detail')?.textContent).toContain('Pick a row');
  });

  it('says so when the page is empty, without a paginator', () => {
    const { el, list, update } = render(RowsHost);
    list.page.set(rows(0));
    update();
    expect(el.querySelector('[data-testid=empty-state]')?.textContent).toBe('No rows');
    expect(el.querySelector('mat-paginator')).toBeNull();
  });

  it('renders a button per row through the row template and selects on click', () => {
    const { el, list, update } = render(RowsHost);
    list.page.set(rows(5, 'a', 'b'));
    update();
    const buttons = el.querySelectorAll<HTMLButtonElement>('[data-testid=rows] .item-list__item');
    expect([...buttons].map((b) => b.textContent?.trim())).toEqual(['a', 'b']);
    expect(el.querySelector('mat-paginator')).not.toBeNull();

    buttons[1].click();
    update();
    expect(list.select).toHaveBeenCalledWith({ id: 'b', name: 'b' });
    expect(buttons[1].classList).toContain('item-list__item--selected');
    expect(buttons[1].getAttribute('aria-current')).toBe('true');
    expect(buttons[0].classList).not.toContain('item-list__item--selected');
    expect(el.querySelector('[data-testid=detail]')?.textContent).toBe('b');
  });

  it('pages through the paginator', () => {
    const { el, list, update } = render(RowsHost);
    list.page.set(rows(5, 'a', 'b'));
    update();
    el.querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next')!.click();
    expect(list.pageChanged).toHaveBeenCalledWith(
      expect.objectContaining({ pageIndex: 1, pageSize: 2 }),
    );
  });

  it('draws a list body of its own when the page gives one', () => {
    const { el, list, update } = render(GridHost);
    list.page.set(rows(2, 'x', 'y'));
    update();
    expect(el.querySelector('[data-testid=grid]')?.textContent).toContain('x');
    expect(el.querySelector('.item-list')).toBeNull();
    list.page.set(rows(0));
    update();
    expect(el.querySelector('[data-testid=grid]')).toBeNull();
    expect(el.querySelector('[data-testid=empty-state]')?.textContent).toBe('No rows');
  });
});
