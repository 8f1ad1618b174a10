import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, finalize } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemMessageService, asProblem } from '../../../core/http/problem-message.service';
import { LANGUAGES, LanguageService } from '../../../core/i18n/language.service';
import { User } from '../../../core/models/user';

/** Minimum length auth-service enforces for a password. */
const PASSWORD_MIN = 10;

@Component({
  selector: 'app-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly problems = inject(ProblemMessageService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  protected readonly languages = LANGUAGES;

  /** Where to go after signing in (set by the guards). */
  readonly returnUrl = input<string>();

  protected readonly mode = signal<'login' | 'register'>('login');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The deployment has no account yet: the first one (the admin) needs the setup token. */
  protected readonly setupRequired = signal(false);
  protected readonly passwordMin = PASSWORD_MIN;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
    first_name: [''],
    last_name: [''],
    artist_name: [''],
    setup_token: [''],
  });

  protected toggleMode(): void {
    this.mode.update((m) => (m === 'login' ? 'register' : 'login'));
    this.error.set(null);
    const registering = this.mode() === 'register';
    for (const name of ['first_name', 'last_name'] as const) {
      this.form.controls[name].setValidators(registering ? [Validators.required] : []);
      this.form.controls[name].updateValueAndValidity();
    }
    this.form.controls.password.setValidators(
      registering
        ? [Validators.required, Validators.minLength(PASSWORD_MIN)]
        : [Validators.required],
    );
    this.form.controls.password.updateValueAndValidity();
    if (registering) {
      this.auth.setupRequired().subscribe((required) => this.requireSetupToken(required));
    } else {
      this.requireSetupToken(false);
    }
  }

  private requireSetupToken(required: boolean): void {
    this.setupRequired.set(required);
    this.form.controls.setup_token.setValidators(required ? [Validators.required] : []);
    this.form.controls.setup_token.updateValueAndValidity();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: Observable<User> =
      this.mode() === 'login'
        ? this.auth.login({ email: value.email, password: value.password })
        : this.auth.register({
            email: value.email,
            password: value.password,
            first_name: value.first_name,
            last_name: value.last_name,
            artist_name: value.artist_name || null,
            ...(this.setupRequired() ? { setup_token: value.setup_token.trim() } : {}),
          });
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => void this.router.navigateByUrl(this.returnUrl() || '/'),
      error: (error: unknown) => this.error.set(this.describe(error)),
    });
  }

  private describe(error: unknown): string {
    if (error instanceof HttpErrorResponse) {
      const problem = asProblem(error.error);
      if (error.status === 429 && problem?.code === 'login_throttled') {
        const seconds = Number(error.headers.get('Retry-After')) || 1;
        return this.translate.instant('login.throttled', { seconds });
      }
      if (problem?.code === 'setup_token_required' || problem?.code === 'setup_token_invalid') {
        this.requireSetupToken(true);
        return this.translate.instant(
          problem.code === 'setup_token_required'
            ? 'login.setupTokenMissing'
            : 'login.setupTokenInvalid',
        );
      }
      if (this.mode() === 'login' && error.status === 401) {
        return this.translate.instant('login.invalidCredentials');
      }
      if (this.mode() === 'register' && error.status === 403) {
        return this.translate.instant('login.registrationClosed');
      }
      if (this.mode() === 'register' && error.status === 409) {
        return this.translate.instant('login.emailTaken');
      }
    }
    return this.problems.message(error);
  }
}
