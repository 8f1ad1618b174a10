import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from './auth.service';
import { SESSION } from './session.fixture';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('keeps the token from login in memory only', () => {
    auth.login({ email: 'ada@example.com', password: 'secret-password' }).subscribe();
    const req = http.expectOne('/api/v1/user/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'ada@example.com', password: 'secret-password' });
    req.flush(SESSION);

    expect(auth.accessToken()).toBe('token-1');
    expect(auth.isLoggedIn()).toBe(true);
    expect(auth.isAdmin()).toBe(true);
    expect(auth.user()?.first_name).toBe('Ada');
    expect(JSON.stringify(localStorage)).not.toContain('token-1');
    expect(JSON.stringify(sessionStorage)).not.toContain('token-1');
  });

  it('registers, then signs the new account in', () => {
    auth
      .register({
        email: 'ada@example.com',
        password: 'secret-password',
        first_name: 'Ada',
        last_name: 'Lovelace',
      })
      .subscribe();
    const create = http.expectOne('/api/v1/user/create');
    expect(create.request.body.first_name).toBe('Ada');
    create.flush(SESSION.user, { status: 201, statusText: 'Created' });
    http.expectOne('/api/v1/user/login').flush(SESSION);
    expect(auth.isLoggedIn()).toBe(true);
  });

  it('asks whether the first account needs the setup token', () => {
    const answers: boolean[] = [];
    auth.setupRequired().subscribe((required) => answers.push(required));
    http.expectOne('/api/v1/auth/setup').flush({ setup_required: true });
    auth.setupRequired().subscribe((required) => answers.push(required));
    http.expectOne('/api/v1/auth/setup').flush(null, { status: 502, statusText: 'Bad Gateway' });
    expect(answers).toEqual([true, false]);
  });

  it('shares one refresh between parallel callers, sending the cookie', () => {
    const tokens: (string | null)[] = [];
    auth.refresh().subscribe((t) => tokens.push(t));
    auth.refresh().subscribe((t) => tokens.push(t));
    const req = http.expectOne('/api/v1/auth/refresh');
    expect(req.request.withCredentials).toBe(true);
    req.flush({ ...SESSION, access_token: 'token-2' });
    expect(tokens).toEqual(['token-2', 'token-2']);
    expect(auth.accessToken()).toBe('token-2');
  });

  it('a refused refresh clears the session and answers null', () => {
    let token: string | null | undefined;
    auth.refresh().subscribe((t) => (token = t));
    http
      .expectOne('/api/v1/auth/refresh')
      .flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(token).toBeNull();
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('logout forgets the session even when the server fails', () => {
    auth.login({ email: 'a@b.c', password: 'x' }).subscribe();
    http.expectOne('/api/v1/user/login').flush(SESSION);
    auth.logout().subscribe();
    const req = http.expectOne('/api/v1/auth/logout');
    expect(req.request.withCredentials).toBe(true);
    req.flush(null, { status: 500, statusText: 'Error' });
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.user()).toBeNull();
  });
});
