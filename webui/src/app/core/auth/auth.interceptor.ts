import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { ApiConfigService } from '../api/api-config.service';
import { AuthService } from './auth.service';

const withToken = (request: HttpRequest<unknown>, token: string | null) =>
  token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

/**
 * Adds the bearer token to API calls. On a 401 it refreshes once through the cookie and
 * retries; when that fails too, the session is over and the user goes back to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const api = inject(ApiConfigService);
  const auth = inject(AuthService);
  const router = inject(Router);

  if (!api.isApi(request.url) || api.isSessionEndpoint(request.url)) {
    return next(request);
  }
  return next(withToken(request, auth.accessToken())).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        switchMap((token) => {
          if (!token) {
            void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
            return throwError(() => error);
          }
          return next(withToken(request, token));
        }),
      );
    }),
  );
};
