import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { AuthService } from '../../../core/auth/auth.service';
import { SseParser } from '../../../shared/sse/sse-parser';
import { toStreamEvent } from '../domain/stream-events';
import { StreamEvent } from '../models/conversation';

/**
 * Sends a message and reads the streamed reply (`POST .../messages/stream`) with fetch, since
 * EventSource can neither POST nor send the bearer token. Unsubscribing aborts the request: the
 * server keeps what was produced so far as an `incomplete` reply (the "stop" button).
 * A 401 refreshes the session once and tries again. A refusal before the stream starts errors with an HttpErrorResponse carrying the
 * problem document, so the usual translated messages apply.
 */
@Injectable({ providedIn: 'root' })
export class ChatStreamService {
  private readonly api = inject(ApiConfigService);
  private readonly auth = inject(AuthService);

  send(conversationId: string, content: string): Observable<StreamEvent> {
    return new Observable<StreamEvent>((subscriber) => {
      const abort = new AbortController();
      const url = this.api.conversations.stream(conversationId);
      const post = (token: string | null) =>
        fetch(url, {
          method: 'POST',
          headers: {
            Accept: 'text/event-stream',
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ content }),
          signal: abort.signal,
        });
      // Like the HTTP interceptor: an expired token is refreshed once through the cookie, then
      // the send is tried again (nothing was stored, a 401 is answered before the stream starts).
      post(this.auth.accessToken())
        .then(async (response) => {
          if (response.status !== 401) {
            return response;
          }
          const token = await firstValueFrom(this.auth.refresh()).catch(() => null);
          return token ? post(token) : response;
        })
        .then(async (response) => {
          if (!response.ok || !response.body) {
            const text = await response.text().catch(() => '');
            throw new HttpErrorResponse({
              status: response.status,
              statusText: response.statusText,
              url,
              error: text,
            });
          }
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          const parser = new SseParser();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) {
              subscriber.complete();
              return;
            }
            for (const event of parser.push(value)) {
              const mapped = toStreamEvent(event);
              if (mapped) {
                subscriber.next(mapped);
              }
              if (mapped && mapped.type !== 'token') {
                subscriber.complete();
                await reader.cancel().catch(() => undefined);
                return;
              }
            }
          }
        })
        .catch((error: unknown) => {
          if (!abort.signal.aborted) {
            subscriber.error(
              error instanceof HttpErrorResponse
                ? error
                : new HttpErrorResponse({ status: 0, url, error }),
            );
          }
        });
      return () => abort.abort();
    });
  }
}
