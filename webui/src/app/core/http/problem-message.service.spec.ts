import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import en from '../../../../public/i18n/en.json';
import de from '../../../../public/i18n/de.json';
import { isBudgetExhausted, ProblemMessageService } from './problem-message.service';

// The app registers German in app.config; unit tests load no app config.
registerLocaleData(localeDe);

describe('ProblemMessageService', () => {
  let service: ProblemMessageService;
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en);
    translate.setTranslation('de', de);
    translate.use('en');
    service = TestBed.inject(ProblemMessageService);
  });

  const problem = (status: number, body: unknown) =>
    new HttpErrorResponse({ status, error: body, statusText: 'x' });

  it('puts the provider message of a 502 into a sentence of the user language', () => {
    const error = problem(502, { status: 502, title: 'Bad Gateway', detail: 'Invalid token' });
    expect(service.message(error)).toBe('The AI provider failed: Invalid token');
    translate.use('de');
    expect(service.message(error)).toBe('Der KI-Anbieter ist fehlgeschlagen: Invalid token');
  });

  it('lists every invalid field with its translated label', () => {
    const error = problem(400, {
      status: 400,
      detail: '2 fields are invalid',
      errors: [
        { field: 'prompt', message: 'must not be blank' },
        { field: 'weird_field', message: 'too long' },
      ],
    });
    expect(service.message(error)).toBe(
      'Some input is not valid: 2 fields are invalid (Music style: must not be blank; weird_field: too long)',
    );
  });

  it('reads a problem that arrived as text', () => {
    const error = problem(409, JSON.stringify({ detail: 'draft → archived is not allowed' }));
    expect(service.message(error)).toBe(
      'This is not possible right now: draft → archived is not allowed',
    );
  });

  it('says when a used-up daily budget resets, in the user language and locale', () => {
    // 20:00 UTC on the reset day's eve is the reset's local time minus four hours anywhere, so
    // the expected time is computed the way the browser shows it.
    const resetsAt = '2026-12-04T00:00:00Z';
    const error = problem(429, {
      status: 429,
      code: 'daily_budget_exhausted',
      detail: 'Your daily limit of 200000 OpenAI chat tokens is used up (200418 used).',
      limit: 200000,
      used: 200418,
      resets_at: resetsAt,
    });
    const local = new Date(resetsAt);
    const hh = String(local.getHours()).padStart(2, '0');
    const mm = String(local.getMinutes()).padStart(2, '0');

    translate.use('de');
    expect(service.message(error)).toBe(
      `Dein Tageslimit ist aufgebraucht (200.418 von 200.000). Es wird um ${hh}:${mm} zurückgesetzt.`,
    );
    translate.use('en');
    expect(service.message(error)).toMatch(
      /^Your daily limit is used up \(200,418 of 200,000\)\. It resets at \d{1,2}:\d{2}\s?[AP]M\.$/,
    );
    expect(isBudgetExhausted(error)).toBe(true);
  });

  it('keeps the plain 429 sentence for a rate limit that is no budget', () => {
    const error = problem(429, { status: 429, code: 'rate_limited', detail: 'slow down' });
    expect(service.message(error)).toBe('Too many requests. Wait a moment and try again.');
    expect(isBudgetExhausted(error)).toBe(false);
  });

  it('explains a network failure and an unknown status', () => {
    expect(service.message(problem(0, null))).toContain('cannot be reached');
    expect(service.message(problem(418, null))).toBe('The request failed (status 418).');
    expect(service.message(new Error('boom'))).toBe('Something went wrong.');
  });
});
