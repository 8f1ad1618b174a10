import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  provideRouter,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { authGuard, guestGuard } from './auth.guard';
import { SESSION } from './session.fixture';

describe('route guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  const run = (guard: typeof authGuard, url = '/songs') =>
    TestBed.runInInjectionContext(
      () =>
        guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot) as Observable<
          boolean | UrlTree
        >,
    );

  it('restores the session from the refresh cookie after a reload', async () => {
    const result = firstValueFrom(run(authGuard));
    http.expectOne('/api/v1/auth/refresh').flush(SESSION);
    expect(await result).toBe(true);
  });

  it('sends a guest to the login page, remembering where they wanted to go', async () => {
    const result = firstValueFrom(run(authGuard, '/songs?id=1'));
    http.expectOne('/api/v1/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    const tree = (await result) as UrlTree;
    expect(tree.toString()).toBe('/login?returnUrl=%2Fsongs%3Fid%3D1');
  });

  it('keeps a signed-in user away from the login page', async () => {
    const result = firstValueFrom(run(guestGuard));
    http.expectOne('/api/v1/auth/refresh').flush(SESSION);
    expect(((await result) as UrlTree).toString()).toBe('/');
  });
});
