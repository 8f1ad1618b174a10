import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import en from '../../../../public/i18n/en.json';
import de from '../../../../public/i18n/de.json';
import { LanguageService } from '../../core/i18n/language.service';
import { BudgetKind, DailyBudget } from '../models/budget';
import { BudgetLineComponent, budgetLine } from './budget-line.component';

// The app registers German in app.config; unit tests load no app config.
registerLocaleData(localeDe);

const budget = (over: Partial<DailyBudget> = {}): DailyBudget => ({
  limit: 50,
  used: 38,
  remaining: 12,
  resets_at: '2026-12-04T00:00:00Z',
  unlimited: false,
  ...over,
});

describe('budgetLine', () => {
  it('says what is left of the limit and when it resets, with the locale numbers', () => {
    const line = budgetLine(
      'chat',
      budget({ limit: 200000, used: 12500, remaining: 187500 }),
      'de',
    );
    expect(line.key).toBe('budget.left.chat');
    expect(line.params['remaining']).toBe('187.500');
    expect(line.params['limit']).toBe('200.000');
    expect(line.params['time']).toMatch(/^\d{2}:\d{2}$/);
    expect(line.level).toBe('ok');
  });

  it('turns amber when a tenth or less is left and red at none', () => {
    expect(budgetLine('image', budget({ used: 45, remaining: 5 }), 'en-US').level).toBe('low');
    expect(budgetLine('image', budget({ used: 50, remaining: 0 }), 'en-US').level).toBe('out');
  });

  it('counts without a limit when there is none', () => {
    const line = budgetLine(
      'song',
      budget({ limit: 0, used: 3, remaining: null, unlimited: true }),
      'en-US',
    );
    expect(line).toEqual({ key: 'budget.unlimited.song', params: { used: '3' }, level: 'ok' });
  });
});

@Component({
  imports: [BudgetLineComponent],
  template: `<app-budget-line [kind]="kind()" [refresh]="round()" />`,
})
class HostComponent {
  readonly kind = signal<BudgetKind>('image');
  readonly round = signal(0);
}

describe('BudgetLineComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en);
    translate.setTranslation('de', de);
    translate.use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the quiet line and reads the budget again on every refresh', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    http.expectOne('/api/v1/image/budget').flush(budget());
    await fixture.whenStable();
    fixture.detectChanges();
    const text = () =>
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="budget-line"]')
        ?.textContent?.trim();
    expect(text()).toMatch(/^12 of 50 images left today, resets \d{1,2}:\d{2}\s?[AP]M$/);

    fixture.componentInstance.round.set(1);
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/v1/image/budget').flush(budget({ used: 50, remaining: 0 }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text()).toMatch(/^0 of 50 images left today/);
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('.budget-line--out'),
    ).not.toBeNull();
  });

  it('asks the service of its kind and says it in German', async () => {
    TestBed.inject(LanguageService);
    TestBed.inject(TranslateService).use('de');
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.kind.set('song');
    fixture.detectChanges();
    http.expectOne('/api/v1/song/budget').flush(budget({ limit: 20, used: 5, remaining: 15 }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Heute noch 15 von 20 Song-Generierungen',
    );
  });

  it('shows nothing when the budget cannot be read', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.kind.set('chat');
    fixture.detectChanges();
    http
      .expectOne('/api/v1/openai/chat/budget')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="budget-line"]'),
    ).toBeNull();
  });
});
