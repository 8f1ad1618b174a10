import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Observable, catchError, finalize, map, of, shareReplay, switchMap, tap } from 'rxjs';
import { ApiConfigService } from '../api/api-config.service';
import { LoginRequest, RegisterRequest, Session, SetupStatus, User } from '../models/user';

/**
 * The session. The access token lives in memory only (a signal), never in storage: a reload
 * gets a new one through the HttpOnly refresh cookie, which scripts cannot read.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<User | null>(null);
  /** One refresh at a time: parallel 401s wait for the same answer (a reused refresh token revokes the family). */
  private refreshInFlight: Observable<string | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly isLoggedIn = computed(() => this.token() !== null);
  readonly isAdmin = computed(() => this.currentUser()?.roles.includes('admin') ?? false);

  accessToken(): string | null {
    return this.token();
  }

  login(request: LoginRequest): Observable<User> {
    return this.http.post<Session>(this.api.auth.login, request).pipe(
      tap((session) => this.accept(session)),
      map((session) => session.user),
    );
  }

  /** Whether the next account is the first (the admin), which needs the setup token. */
  setupRequired(): Observable<boolean> {
    return this.http.get<SetupStatus>(this.api.auth.setup).pipe(
      map((status) => status.setup_required),
      catchError(() => of(false)),
    );
  }

  /** Registers (allowed for the first user by default) and signs the new account in. */
  register(request: RegisterRequest): Observable<User> {
    return this.http
      .post<User>(this.api.auth.register, request)
      .pipe(switchMap(() => this.login({ email: request.email, password: request.password })));
  }

  /**
   * Trades the refresh cookie for a new access token. Answers the token, or null when the
   * cookie is missing, expired or revoked (the session is then cleared).
   */
  refresh(): Observable<string | null> {
    if (!this.refreshInFlight) {
      this.refreshInFlight = this.http
        .post<Session>(this.api.auth.refresh, null, { withCredentials: true })
        .pipe(
          tap((session) => this.accept(session)),
          map((session) => session.access_token),
          catchError(() => {
            this.clear();
            return of(null);
          }),
          finalize(() => (this.refreshInFlight = null)),
          shareReplay(1),
        );
    }
    return this.refreshInFlight;
  }

  /** Restores a session after a reload; true when the cookie still holds one. */
  restore(): Observable<boolean> {
    if (this.isLoggedIn()) {
      return of(true);
    }
    return this.refresh().pipe(map((token) => token !== null));
  }

  /** Sends the refresh cookie, so the session ends even when the access token has expired. */
  logout(): Observable<void> {
    return this.http.post<void>(this.api.auth.logout, null, { withCredentials: true }).pipe(
      catchError(() => of(undefined)),
      finalize(() => this.clear()),
    );
  }

  /** Keeps the shown user in step after a profile edit. */
  updateUser(user: User): void {
    this.currentUser.set(user);
  }

  clear(): void {
    this.token.set(null);
    this.currentUser.set(null);
  }

  private accept(session: Session): void {
    this.token.set(session.access_token);
    this.currentUser.set(session.user);
  }
}
