import { formatDate, formatNumber } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { localeOf } from '../i18n/locale';
import { Problem } from '../models/problem';

/** The stable code of a 429 for a used-up daily budget (images, songs, OpenAI chat tokens). */
export const DAILY_BUDGET_EXHAUSTED = 'daily_budget_exhausted';

const KNOWN_STATUSES = [400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 504];

/**
 * Turns any failed request into one readable sentence in the user's language:
 * the status picks the sentence, the problem's `detail` and field errors fill it in.
 */
@Injectable({ providedIn: 'root' })
export class ProblemMessageService {
  private readonly translate = inject(TranslateService);

  message(error: unknown): string {
    if (!(error instanceof HttpErrorResponse)) {
      return this.translate.instant('errors.unexpected');
    }
    if (error.status === 0) {
      return this.translate.instant('errors.network');
    }
    const problem = asProblem(error.error);
    if (problem?.code === DAILY_BUDGET_EXHAUSTED && problem.resets_at) {
      return this.budgetExhausted(problem);
    }
    const status = KNOWN_STATUSES.includes(error.status) ? error.status : 'other';
    const detail = problem?.detail ?? problem?.title ?? '';
    let text: string = this.translate.instant(`errors.status.${status}`, {
      status: error.status,
      detail,
    });
    const fields = problem?.errors ?? [];
    if (fields.length > 0) {
      const list = fields.map((f) => `${this.fieldLabel(f.field)}: ${f.message}`).join('; ');
      text = `${text} (${list})`;
    }
    return text;
  }

  /** "Your daily limit is used up (50 of 50). It resets at 1:00 AM." in the user's locale. */
  private budgetExhausted(problem: Problem): string {
    const locale = localeOf(this.translate.getCurrentLang());
    const number = (n: number | undefined) => (n === undefined ? '–' : formatNumber(n, locale));
    return this.translate.instant('errors.code.daily_budget_exhausted', {
      used: number(problem.used),
      limit: number(problem.limit),
      time: formatDate(problem.resets_at ?? '', 'shortTime', locale),
    });
  }

  /** Field names sent by the server, shown with the form's label when we have one. */
  private fieldLabel(field: string): string {
    const key = `fields.${field}`;
    const label: string = this.translate.instant(key);
    return label === key ? field : label;
  }
}

export function asProblem(body: unknown): Problem | null {
  if (body && typeof body === 'object') {
    return body as Problem;
  }
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed && typeof parsed === 'object' ? (parsed as Problem) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether a request was refused because the caller's daily budget is used up. */
export function isBudgetExhausted(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status === 429 &&
    asProblem(error.error)?.code === DAILY_BUDGET_EXHAUSTED
  );
}
