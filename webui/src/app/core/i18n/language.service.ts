import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { Observable, catchError, map, of, tap } from 'rxjs';
import { ApiConfigService } from '../api/api-config.service';
import { Language, UserSettings } from '../models/user';

export const LANGUAGES: readonly Language[] = ['en', 'de'];

/** The UI language: the user's server-side setting once signed in, switchable at any time. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);
  private readonly translate = inject(TranslateService);

  private readonly current = signal<Language>('en');
  readonly language = this.current.asReadonly();
  /** Bumped by every explicit switch, so a settings answer arriving later cannot undo the user's click. */
  private choices = 0;

  /** Before sign-in: the browser's language when we have it. */
  useBrowserDefault(): void {
    const browser = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
    this.apply(browser === 'de' ? 'de' : 'en');
  }

  /** After sign-in: the language stored in the user's settings (the browser's when unreadable). */
  loadFromSettings(): Observable<Language> {
    const choicesBefore = this.choices;
    return this.http.get<UserSettings>(this.api.auth.settings).pipe(
      map((settings) => settings.language),
      catchError(() => of(this.current())),
      tap((language) => {
        if (this.choices === choicesBefore) {
          this.apply(language);
        }
      }),
    );
  }

  /** Switches now and stores the choice for the next session. */
  switchTo(language: Language, persist: boolean): Observable<unknown> {
    this.choices++;
    this.apply(language);
    if (!persist) {
      return of(null);
    }
    return this.http
      .put<UserSettings>(this.api.auth.settings, { language })
      .pipe(catchError(() => of(null)));
  }

  private apply(language: Language): void {
    this.current.set(language);
    this.translate.use(language);
    if (typeof document !== 'undefined') {
      document.documentElement.lang = language;
    }
  }
}
