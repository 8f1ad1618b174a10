import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { MatPaginator, MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { providePaginatorTranslations, TranslatedPaginatorIntl } from './paginator-intl';

@Component({
  selector: 'app-paginated-host',
  providers: [providePaginatorTranslations()],
  imports: [MatPaginatorModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-paginator [length]="57" [pageSize]="20" />`,
})
class PaginatedHost {}

/** The labels object the rendered paginator really uses. */
function intlOf(fixture: { debugElement: import('@angular/core').DebugElement }): MatPaginatorIntl {
  return fixture.debugElement.query(By.directive(MatPaginator)).injector.get(MatPaginatorIntl);
}

/** The paginator labels follow the language; provided per page, so they must not outlive it. */
describe('providePaginatorTranslations', () => {
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      paginator: { range: '{{from}} – {{to}} of {{total}}', next: 'Next page' },
    });
    translate.setTranslation('de', {
      paginator: { range: '{{from}} – {{to}} von {{total}}', next: 'Nächste Seite' },
    });
    translate.use('en');
  });

  it("gives the page's paginator translated labels that follow a language switch", () => {
    const fixture = TestBed.createComponent(PaginatedHost);
    fixture.detectChanges();
    const intl = intlOf(fixture);
    expect(intl).toBeInstanceOf(TranslatedPaginatorIntl);
    expect(intl.getRangeLabel(1, 20, 57)).toBe('21 – 40 of 57');

    translate.use('de');

    expect(intl.nextPageLabel).toBe('Nächste Seite');
    expect(intl.getRangeLabel(2, 20, 57)).toBe('41 – 57 von 57');
  });

  it('stops following the language when the page is destroyed', () => {
    const fixture = TestBed.createComponent(PaginatedHost);
    fixture.detectChanges();
    const intl = intlOf(fixture);
    let relabelled = 0;
    intl.changes.subscribe(() => relabelled++);

    fixture.destroy();
    translate.use('de');

    expect(relabelled).toBe(0);
    expect(intl.nextPageLabel).toBe('Next page');
  });
});
