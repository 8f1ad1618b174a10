import { formatDate, formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { localeOf } from '../../core/i18n/locale';
import { BudgetKind, DailyBudget } from '../models/budget';
import { BudgetService } from '../services/budget.service';

/** Below this share of the limit the line turns amber. */
const LOW_SHARE = 0.1;

/**
 * A quiet line where the user spends a paid budget: "12 of 50 images left today, resets 1:00 AM"
 * in the user's language, amber when little is left, red at none. Nothing when the budget cannot
 * be read (it is a hint, not a gate: the server refuses by itself).
 */
@Component({
  selector: 'app-budget-line',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (line(); as l) {
      <p
        class="budget-line"
        [class.budget-line--low]="l.level === 'low'"
        [class.budget-line--out]="l.level === 'out'"
        data-testid="budget-line"
        aria-live="polite"
      >
        {{ l.key | translate: l.params }}
      </p>
    }
  `,
  styles: `
    .budget-line {
      margin: 4px 0 8px;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .budget-line--low {
      color: #b26a00;
    }
    .budget-line--out {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
})
export class BudgetLineComponent {
  private readonly budgets = inject(BudgetService);
  private readonly language = inject(LanguageService).language;

  readonly kind = input.required<BudgetKind>();
  /** Any new value reads the budget again, e.g. a generation that started or ended. */
  readonly refresh = input<unknown>();

  private readonly budget = toSignal(
    toObservable(computed(() => ({ kind: this.kind(), refresh: this.refresh() }))).pipe(
      switchMap(({ kind }) => this.budgets.mine(kind).pipe(catchError(() => of(null)))),
    ),
    { initialValue: null },
  );

  protected readonly line = computed(() => {
    const budget = this.budget();
    return budget ? budgetLine(this.kind(), budget, localeOf(this.language())) : null;
  });
}

export interface BudgetLine {
  key: string;
  params: Record<string, string>;
  level: 'ok' | 'low' | 'out';
}

/** The translation key and its filled-in numbers and time for one budget. */
export function budgetLine(kind: BudgetKind, budget: DailyBudget, locale: string): BudgetLine {
  const number = (n: number) => formatNumber(n, locale);
  if (budget.unlimited || budget.remaining === null) {
    return { key: `budget.unlimited.${kind}`, params: { used: number(budget.used) }, level: 'ok' };
  }
  const level =
    budget.remaining <= 0 ? 'out' : budget.remaining <= budget.limit * LOW_SHARE ? 'low' : 'ok';
  return {
    key: `budget.left.${kind}`,
    params: {
      remaining: number(budget.remaining),
      limit: number(budget.limit),
      time: formatDate(budget.resets_at, 'shortTime', locale),
    },
    level,
  };
}
