import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { FilterOption, FilterSelectComponent, filterOptions } from './filter-select.component';
import { FilterTextComponent } from './filter-text.component';

@Component({
  imports: [FilterTextComponent, FilterSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="filters">
      <app-filter-text
        type="search"
        wide
        testId="search"
        label="Search"
        [value]="q()"
        (valueChange)="q.set($event)"
      />
      <app-filter-select
        testId="kind"
        label="Kind"
        [options]="kinds"
        [value]="kind()"
        (valueChange)="kind.set($event)"
      />
      <app-filter-select label="Sort" [all]="false" [options]="sorts" [value]="sort()" />
    </div>
  `,
})
class FiltersHost {
  readonly q = signal('');
  readonly kind = signal<'a' | 'b' | ''>('');
  readonly sort = signal('new');
  readonly kinds = filterOptions(['a', 'b'] as const, 'kind.');
  readonly sorts: FilterOption<string>[] = [{ value: 'new', label: 'sort.newest' }];
}

describe('filter fields', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslateService()] }));

  it('labels options from a prefix', () => {
    expect(filterOptions(['Plugin', 'Software'], 'equipment.type.')).toEqual([
      { value: 'Plugin', label: 'equipment.type.Plugin' },
      { value: 'Software', label: 'equipment.type.Software' },
    ]);
  });

  it('puts the fields straight into the filters row and reports what is typed', async () => {
    const fixture = TestBed.createComponent(FiltersHost);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const row = el.querySelector('.filters')!;
    // Hosts add no box: the form fields are the row's flex items.
    expect([...row.querySelectorAll('mat-form-field')].length).toBe(3);
    const search = el.querySelector<HTMLInputElement>('[data-testid=search]')!;
    expect(search.type).toBe('search');
    expect(search.closest('mat-form-field')?.classList).toContain('filters__search');
    search.value = 'synth';
    search.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.q()).toBe('synth');
  });

  it('offers All first (but not for the sort) and reports the choice', async () => {
    const fixture = TestBed.createComponent(FiltersHost);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLElement>('[data-testid=kind] .mat-mdc-select-trigger')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['common.all', 'kind.a', 'kind.b']);
    options[2].click();
    expect(fixture.componentInstance.kind()).toBe('b');
  });
});
