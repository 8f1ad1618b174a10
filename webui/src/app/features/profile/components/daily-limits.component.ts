import { formatNumber } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  WritableSignal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { localeOf } from '../../../core/i18n/locale';
import { BUDGET_KINDS, BudgetKind, DailyLimit } from '../../../shared/models/budget';
import { BudgetService } from '../../../shared/services/budget.service';

/** The largest limit the services take (a billion tokens). */
export const MAX_DAILY_LIMIT = 1_000_000_000;

interface LimitRow {
  kind: BudgetKind;
  limit: WritableSignal<DailyLimit | null>;
  failed: WritableSignal<boolean>;
  control: FormControl<number | null>;
  form: FormGroup<{ daily_limit: FormControl<number | null> }>;
}

/**
 * The admin's "Daily limits" card: for images, song generations and OpenAI chat tokens, the limit
 * every user has per UTC day, to change (0 = no limit) or take back to the configured default.
 */
@Component({
  selector: 'app-daily-limits',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'budget.limits.title' | translate }}</h2>
    <p class="daily-limits__intro">{{ 'budget.limits.intro' | translate }}</p>
    @for (row of rows; track row.kind) {
      <div class="daily-limits__row" [attr.data-testid]="'daily-limit-' + row.kind">
        <h3>{{ 'budget.limits.kind.' + row.kind | translate }}</h3>
        @if (row.limit(); as l) {
          <p class="daily-limits__state" [attr.data-testid]="'daily-limit-state-' + row.kind">
            {{ 'budget.limits.current' | translate: { limit: shown(l.daily_limit) } }}
            ·
            @if (l.overridden) {
              {{ 'budget.limits.overridden' | translate }} ·
            }
            {{ 'budget.limits.default' | translate: { limit: shown(l.default_limit) } }}
          </p>
          <form class="daily-limits__form" [formGroup]="row.form" (ngSubmit)="save(row)" novalidate>
            <mat-form-field>
              <mat-label>{{ 'budget.limits.field' | translate }}</mat-label>
              <input
                matInput
                type="number"
                min="0"
                step="1"
                [max]="max"
                formControlName="daily_limit"
                [attr.data-testid]="'daily-limit-input-' + row.kind"
              />
              @if (row.control.invalid) {
                <mat-error>{{ 'budget.limits.invalid' | translate }}</mat-error>
              }
            </mat-form-field>
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="busy()"
                [attr.data-testid]="'daily-limit-save-' + row.kind"
              >
                {{ 'budget.limits.save' | translate }}
              </button>
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy() || !l.overridden"
                (click)="reset(row)"
                [attr.data-testid]="'daily-limit-reset-' + row.kind"
              >
                {{ 'budget.limits.reset' | translate }}
              </button>
            </div>
          </form>
        } @else if (row.failed()) {
          <p class="daily-limits__state">{{ 'budget.limits.unavailable' | translate }}</p>
        }
      </div>
    }
  `,
  styles: `
    .daily-limits__intro,
    .daily-limits__state {
      color: var(--mat-sys-on-surface-variant);
    }
    .daily-limits__row {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .daily-limits__form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: baseline;
    }
  `,
})
export class DailyLimitsComponent {
  private readonly budgets = inject(BudgetService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;

  protected readonly max = MAX_DAILY_LIMIT;
  protected readonly busy = signal(false);
  protected readonly rows: LimitRow[] = BUDGET_KINDS.map((kind) => {
    const control = new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.max(MAX_DAILY_LIMIT),
      Validators.pattern(/^\d+$/),
    ]);
    return {
      kind,
      limit: signal<DailyLimit | null>(null),
      failed: signal(false),
      control,
      form: new FormGroup({ daily_limit: control }),
    };
  });
  private readonly locale = computed(() => localeOf(this.language()));

  constructor() {
    for (const row of this.rows) {
      this.budgets
        .limit(row.kind)
        .pipe(catchError(() => of(null)))
        .subscribe((limit) => (limit ? this.show(row, limit) : row.failed.set(true)));
    }
  }

  /** A limit as people read it: "50", "200,000", or "no limit" for 0. */
  protected shown(limit: number): string {
    return limit === 0
      ? this.translate.instant('budget.limits.none')
      : formatNumber(limit, this.locale());
  }

  protected save(row: LimitRow): void {
    const value = row.control.value;
    if (row.control.invalid || value === null) {
      row.control.markAsTouched();
      return;
    }
    this.busy.set(true);
    this.budgets.setLimit(row.kind, value).subscribe({
      next: (limit) => {
        this.show(row, limit);
        this.busy.set(false);
        this.notifications.info('budget.limits.saved');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifications.error(error);
      },
    });
  }

  protected reset(row: LimitRow): void {
    this.busy.set(true);
    this.budgets.resetLimit(row.kind).subscribe({
      next: (limit) => {
        this.show(row, limit);
        this.busy.set(false);
        this.notifications.info('budget.limits.resetDone');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifications.error(error);
      },
    });
  }

  private show(row: LimitRow, limit: DailyLimit): void {
    row.limit.set(limit);
    row.failed.set(false);
    row.control.reset(limit.daily_limit);
  }
}
