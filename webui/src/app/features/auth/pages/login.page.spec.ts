import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { SESSION } from '../../../core/auth/session.fixture';
import { LoginPage } from './login.page';

/** Sign-in and sign-up, with the first-admin setup token while the server has no account. */
describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function render() {
    const fixture = TestBed.createComponent(LoginPage);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function type(el: HTMLElement, testId: string, value: string): void {
    const input = el.querySelector<HTMLInputElement>(`[data-testid=${testId}]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function openRegistration(setupRequired: boolean) {
    const page = render();
    page.el.querySelector<HTMLButtonElement>('[data-testid=toggle-mode]')!.click();
    http.expectOne('/api/v1/auth/setup').flush({ setup_required: setupRequired });
    page.fixture.detectChanges();
    type(page.el, 'email', 'ada@example.com');
    type(page.el, 'password', 'a long passphrase');
    type(page.el, 'first-name', 'Ada');
    type(page.el, 'last-name', 'Lovelace');
    return page;
  }

  it('asks for the setup token while the server has no account, and sends it', () => {
    const { fixture, el } = openRegistration(true);
    expect(el.querySelector('[data-testid=setup-token]')).not.toBeNull();

    // Required: without it nothing is sent.
    el.querySelector<HTMLButtonElement>('[data-testid=submit]')!.click();
    http.expectNone('/api/v1/user/create');

    type(el, 'setup-token', ' ABCD-EFGH ');
    el.querySelector<HTMLButtonElement>('[data-testid=submit]')!.click();
    const create = http.expectOne('/api/v1/user/create');
    expect(create.request.body.setup_token).toBe('ABCD-EFGH');
    create.flush(SESSION.user, { status: 201, statusText: 'Created' });
    http.expectOne('/api/v1/user/login').flush(SESSION);
    fixture.detectChanges();
  });

  it('shows no setup token field once an account exists, and sends none', () => {
    const { el } = openRegistration(false);
    expect(el.querySelector('[data-testid=setup-token]')).toBeNull();
    el.querySelector<HTMLButtonElement>('[data-testid=submit]')!.click();
    const create = http.expectOne('/api/v1/user/create');
    expect(create.request.body).not.toHaveProperty('setup_token');
    create.flush(
      { status: 403, title: 'Forbidden', detail: 'Registration of new accounts is closed.' },
      { status: 403, statusText: 'Forbidden' },
    );
  });

  it('names a wrong setup token', () => {
    const { fixture, el } = openRegistration(true);
    type(el, 'setup-token', 'WRONG');
    el.querySelector<HTMLButtonElement>('[data-testid=submit]')!.click();
    http
      .expectOne('/api/v1/user/create')
      .flush(
        { status: 403, title: 'Forbidden', code: 'setup_token_invalid' },
        { status: 403, statusText: 'Forbidden' },
      );
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=login-error]')?.textContent?.trim()).toBe(
      'login.setupTokenInvalid',
    );
  });

  it('says when sign-in is throttled', () => {
    const { fixture, el } = render();
    type(el, 'email', 'ada@example.com');
    type(el, 'password', 'wrong password');
    el.querySelector<HTMLButtonElement>('[data-testid=submit]')!.click();
    http
      .expectOne('/api/v1/user/login')
      .flush(
        { status: 429, title: 'Too Many Requests', code: 'login_throttled', retry_after: 4 },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '4' } },
      );
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=login-error]')?.textContent?.trim()).toBe(
      'login.throttled',
    );
  });
});
