import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { NotificationService } from '../../../core/http/notification.service';
import { ProblemMessageService } from '../../../core/http/problem-message.service';
import { LANGUAGES, LanguageService } from '../../../core/i18n/language.service';
import { Language } from '../../../core/models/user';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { DailyLimitsComponent } from '../components/daily-limits.component';
import { barHeights, costRows, previousMonths } from '../domain/cost-history';
import { AllTimeCosts, MonthCosts } from '../models/costs';
import { ProfileService } from '../services/profile.service';

/** Months of history shown before the current one. */
const HISTORY_MONTHS = 5;

@Component({
  selector: 'app-user-profile-page',
  imports: [
    DecimalPipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
    DailyLimitsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-profile.page.html',
  styleUrl: './user-profile.page.scss',
})
export class UserProfilePage implements OnInit {
  private readonly profiles = inject(ProfileService);
  private readonly auth = inject(AuthService);
  private readonly languages = inject(LanguageService);
  private readonly notifications = inject(NotificationService);
  private readonly problems = inject(ProblemMessageService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);
  /** Kept to say it again in the new language when the language changes. */
  private costsFailure: unknown = null;

  protected readonly languageOptions = LANGUAGES;
  protected readonly language = this.languages.language;
  protected readonly email = computed(() => this.auth.user()?.email ?? '');
  /** The organisation's OpenAI bill is the owner's (admin-only in image-service). */
  protected readonly isAdmin = this.auth.isAdmin;

  protected readonly profileForm = this.fb.group({
    first_name: ['', [Validators.required, Validators.maxLength(100)]],
    last_name: ['', [Validators.required, Validators.maxLength(100)]],
    artist_name: ['', Validators.maxLength(100)],
  });
  protected readonly passwordForm = this.fb.group({
    old_password: ['', Validators.required],
    new_password: ['', [Validators.required, Validators.minLength(10)]],
  });

  protected readonly current = signal<MonthCosts | null>(null);
  protected readonly history = signal<
    (MonthCosts | { year: number; month: number; total_usd: null })[]
  >([]);
  protected readonly allTime = signal<AllTimeCosts | null>(null);
  protected readonly costsError = signal<string | null>(null);
  protected readonly bars = computed(() => barHeights(this.history().map((m) => m.total_usd ?? 0)));
  protected readonly currentRows = computed(() => costRows(this.current()?.by_model ?? {}));
  protected readonly allTimeRows = computed(() => costRows(this.allTime()?.by_model ?? {}));
  /** All-time rows when the cache has any, else this month's (the first month of use). */
  protected readonly tableRows = computed(() =>
    this.allTimeRows().length ? this.allTimeRows() : this.currentRows(),
  );

  constructor() {
    this.translate.onLangChange.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.costsFailure) {
        this.costsError.set(this.problems.message(this.costsFailure));
      }
    });
  }

  ngOnInit(): void {
    this.profiles.profile().subscribe({
      next: (user) => {
        this.auth.updateUser(user);
        this.profileForm.reset({
          first_name: user.first_name,
          last_name: user.last_name,
          artist_name: user.artist_name ?? '',
        });
      },
      error: (error: unknown) => this.notifications.error(error),
    });
    if (this.isAdmin()) {
      this.loadCosts();
    }
  }

  protected saveProfile(): void {
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      return;
    }
    const v = this.profileForm.getRawValue();
    this.profiles
      .edit({
        first_name: v.first_name.trim(),
        last_name: v.last_name.trim(),
        artist_name: v.artist_name.trim() || null,
      })
      .subscribe({
        next: (user) => {
          this.auth.updateUser(user);
          this.notifications.info('profile.saved');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected switchLanguage(language: Language): void {
    this.languages.switchTo(language, true).subscribe();
  }

  /** The server answers a new session and sets a new refresh cookie; adopt it through a refresh. */
  protected changePassword(): void {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    this.profiles
      .changePassword(this.passwordForm.getRawValue())
      .pipe(switchMap(() => this.auth.refresh()))
      .subscribe({
        next: () => {
          this.passwordForm.reset();
          this.notifications.info('profile.passwordChanged');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private loadCosts(): void {
    this.profiles.currentCosts().subscribe({
      next: (costs) => this.current.set(costs),
      error: (error: unknown) => {
        this.costsFailure = error;
        this.costsError.set(this.problems.message(error));
      },
    });
    this.profiles.allTimeCosts().subscribe({
      next: (costs) => this.allTime.set(costs),
      error: () => undefined,
    });
    const months = previousMonths(new Date(), HISTORY_MONTHS);
    forkJoin(
      months.map(({ year, month }) =>
        this.profiles.monthCosts(year, month).pipe(
          map((costs): MonthCosts | { year: number; month: number; total_usd: null } => costs),
          catchError(() => of({ year, month, total_usd: null })),
        ),
      ),
    ).subscribe((history) => this.history.set(history));
  }
}
