import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import en from '../../../../public/i18n/en.json';
import de from '../../../../public/i18n/de.json';
import { ProblemMessageService } from './problem-message.service';

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

  it('explains a network failure and an unknown status', () => {
    expect(service.message(problem(0, null))).toContain('cannot be reached');
    expect(service.message(problem(418, null))).toBe('The request failed (status 418).');
    expect(service.message(new Error('boom'))).toBe('Something went wrong.');
  });
});
