import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import en from '../../../../../public/i18n/en.json';
import { NotificationService } from '../../../core/http/notification.service';
import { DailyLimit } from '../../../shared/models/budget';
import { DailyLimitsComponent } from './daily-limits.component';

const limit = (over: Partial<DailyLimit> = {}): DailyLimit => ({
  daily_limit: 50,
  default_limit: 50,
  overridden: false,
  unlimited: false,
  updated_at: null,
  ...over,
});

describe('DailyLimitsComponent', () => {
  let http: HttpTestingController;
  let notifications: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    notifications = { error: vi.fn(), info: vi.fn() };
    TestBed.configureTestingModule({
      imports: [DailyLimitsComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: NotificationService, useValue: notifications },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en);
    translate.use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(DailyLimitsComponent);
    fixture.detectChanges();
    http.expectOne('/api/v1/image/budget/limit').flush(limit());
    http
      .expectOne('/api/v1/song/budget/limit')
      .flush(limit({ daily_limit: 5, default_limit: 20, overridden: true }));
    http
      .expectOne('/api/v1/openai/chat/budget/limit')
      .flush(limit({ daily_limit: 0, default_limit: 200000, unlimited: true, overridden: true }));
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const q = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement;
    return { fixture, q };
  }

  it('shows the three limits in force with their configured defaults', async () => {
    const { q } = await open();
    expect(q('daily-limit-state-image').textContent).toContain('In force: 50');
    expect(q('daily-limit-state-image').textContent).not.toContain('set by an admin');
    expect(q('daily-limit-state-song').textContent).toContain('In force: 5');
    expect(q('daily-limit-state-song').textContent).toContain('set by an admin');
    expect(q('daily-limit-state-song').textContent).toContain('configured default: 20');
    expect(q('daily-limit-state-chat').textContent).toContain('In force: no limit');
    expect(q('daily-limit-state-chat').textContent).toContain('configured default: 200,000');
    expect((q('daily-limit-input-song') as HTMLInputElement).value).toBe('5');
    expect((q('daily-limit-reset-image') as HTMLButtonElement).disabled).toBe(true);
    expect((q('daily-limit-reset-song') as HTMLButtonElement).disabled).toBe(false);
  });

  it('saves a new limit and resets another to its default', async () => {
    const { fixture, q } = await open();
    const input = q('daily-limit-input-image') as HTMLInputElement;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    q('daily-limit-save-image').click();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/image/budget/limit' });
    expect(put.request.body).toEqual({ daily_limit: 12 });
    put.flush(limit({ daily_limit: 12, overridden: true, updated_at: '2026-12-03T12:00:00Z' }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(q('daily-limit-state-image').textContent).toContain('In force: 12');
    expect(notifications.info).toHaveBeenCalledWith('budget.limits.saved');

    q('daily-limit-reset-song').click();
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/song/budget/limit' })
      .flush(limit({ daily_limit: 20, default_limit: 20 }));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(q('daily-limit-state-song').textContent).toContain('In force: 20');
    expect(notifications.info).toHaveBeenCalledWith('budget.limits.resetDone');
  });

  it('sends nothing for a limit that is no whole number from 0', async () => {
    const { q } = await open();
    for (const bad of ['-1', '2.5', '']) {
      const input = q('daily-limit-input-song') as HTMLInputElement;
      input.value = bad;
      input.dispatchEvent(new Event('input'));
      q('daily-limit-save-song').click();
    }
    http.expectNone({ method: 'PUT' });
  });

  it('says so when a service does not answer, and shows the others', async () => {
    const fixture = TestBed.createComponent(DailyLimitsComponent);
    fixture.detectChanges();
    http.expectOne('/api/v1/image/budget/limit').flush(limit());
    http.expectOne('/api/v1/song/budget/limit').flush(null, { status: 502, statusText: 'x' });
    http.expectOne('/api/v1/openai/chat/budget/limit').flush(limit());
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="daily-limit-song"]')?.textContent).toContain(
      'Not available right now.',
    );
    expect(element.querySelector('[data-testid="daily-limit-input-image"]')).not.toBeNull();
  });
});
