import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { SESSION } from './session.fixture';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    auth.login({ email: 'a@b.c', password: 'x' }).subscribe();
    backend.expectOne('/api/v1/user/login').flush(SESSION);
  });

  afterEach(() => backend.verify());

  it('adds the bearer token to API calls', () => {
    http.get('/api/v1/sketches').subscribe();
    const req = backend.expectOne('/api/v1/sketches');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({});
  });

  it('never sends the token elsewhere', () => {
    http.get('/i18n/en.json').subscribe();
    const req = backend.expectOne('/i18n/en.json');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
  });

  it('on 401 refreshes once and retries with the new token', () => {
    let answer: unknown;
    http.get('/api/v1/sketches').subscribe((a) => (answer = a));
    backend.expectOne('/api/v1/sketches').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/v1/auth/refresh').flush({ ...SESSION, access_token: 'token-2' });
    const retry = backend.expectOne('/api/v1/sketches');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-2');
    retry.flush({ items: [] });
    expect(answer).toEqual({ items: [] });
  });

  it('a second 401 after the refresh is passed on, not refreshed again', () => {
    let failed = false;
    http.get('/api/v1/sketches').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/v1/sketches').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/v1/auth/refresh').flush({ ...SESSION, access_token: 'token-2' });
    backend.expectOne('/api/v1/sketches').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
  });

  it('when the refresh fails the user goes back to the login page', () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/v1/sketches').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/v1/sketches').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend
      .expectOne('/api/v1/auth/refresh')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
    expect(auth.isLoggedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('other errors pass through untouched', () => {
    let status = 0;
    http
      .get('/api/v1/sketches')
      .subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/v1/sketches').flush(null, { status: 502, statusText: 'Bad Gateway' });
    expect(status).toBe(502);
  });
});
