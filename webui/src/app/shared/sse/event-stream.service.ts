import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, Subscriber, firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { SseEvent, SseParser } from './sse-parser';

/** What to open: a GET, or a POST when there is a JSON body. */
export interface EventStreamRequest {
  url: string;
  body?: unknown;
}

/**
 * The one reader of our Server-Sent Event streams (chat replies, song progress, template runs).
 * It reads with fetch, since EventSource can neither POST nor send the bearer token, and emits
 * each event as it arrives; it completes when the server ends the body, and unsubscribing
 * aborts the request.
 *
 * Like the HTTP interceptor, a 401 refreshes the session once through the cookie and tries
 * again: the servers answer 401 before the stream starts, so nothing has happened yet. A refusal
 * before the stream errors with an HttpErrorResponse carrying the problem document, a network
 * failure with status 0, so the usual translated messages apply.
 */
@Injectable({ providedIn: 'root' })
export class EventStreamService {
  private readonly auth = inject(AuthService);

  open(request: EventStreamRequest): Observable<SseEvent> {
    return new Observable<SseEvent>((subscriber) => {
      const abort = new AbortController();
      const send = (token: string | null) => fetch(request.url, init(request, token, abort.signal));
      this.connect(send)
        .then((response) => readEvents(response, request.url, subscriber))
        .then(() => subscriber.complete())
        .catch((error: unknown) => {
          if (!abort.signal.aborted) {
            subscriber.error(toHttpError(error, request.url));
          }
        });
      return () => abort.abort();
    });
  }

  /** Sends once; on 401 refreshes the access token once and sends again with the new one. */
  private async connect(send: (token: string | null) => Promise<Response>): Promise<Response> {
    const response = await send(this.auth.accessToken());
    if (response.status !== 401) {
      return response;
    }
    const token = await firstValueFrom(this.auth.refresh()).catch(() => null);
    return token ? send(token) : response;
  }
}

function init(request: EventStreamRequest, token: string | null, signal: AbortSignal): RequestInit {
  const post = request.body !== undefined;
  return {
    method: post ? 'POST' : 'GET',
    headers: {
      Accept: 'text/event-stream',
      ...(post ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(post ? { body: JSON.stringify(request.body) } : {}),
    signal,
  };
}

/** Emits the body's events until it ends or the subscriber has had enough. */
async function readEvents(
  response: Response,
  url: string,
  subscriber: Subscriber<SseEvent>,
): Promise<void> {
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
  while (!subscriber.closed) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    for (const event of parser.push(value)) {
      if (subscriber.closed) {
        break;
      }
      subscriber.next(event);
    }
  }
  await reader.cancel().catch(() => undefined);
}

function toHttpError(error: unknown, url: string): HttpErrorResponse {
  return error instanceof HttpErrorResponse
    ? error
    : new HttpErrorResponse({ status: 0, url, error });
}
