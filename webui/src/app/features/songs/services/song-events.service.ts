import { inject, Injectable } from '@angular/core';
import { Observable, Subscription, filter, interval, startWith, switchMap, takeWhile } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { AuthService } from '../../../core/auth/auth.service';
import { SseParser } from '../domain/sse-parser';
import { FINAL_STATUSES, SongProgress } from '../models/song';
import { SongService } from './song.service';

/** How often the fallback asks for a job's status when the event stream is unavailable. */
const POLL_MS = 4000;

/**
 * Live progress of one song job. Reads song-service's SSE stream with fetch (EventSource cannot
 * send the bearer token); when the stream cannot be opened it falls back to polling the status.
 * Completes after a final status.
 */
@Injectable({ providedIn: 'root' })
export class SongEventsService {
  private readonly api = inject(ApiConfigService);
  private readonly auth = inject(AuthService);
  private readonly songs = inject(SongService);

  watch(taskId: string): Observable<SongProgress> {
    return new Observable<SongProgress>((subscriber) => {
      const abort = new AbortController();
      let polling: Subscription | null = null;
      const emit = (update: SongProgress) => {
        subscriber.next(update);
        if (FINAL_STATUSES.includes(update.status)) {
          subscriber.complete();
        }
      };
      const poll = () => {
        if (subscriber.closed || polling) {
          return;
        }
        polling = interval(POLL_MS)
          .pipe(
            startWith(0),
            switchMap(() => this.songs.taskStatus(taskId)),
            takeWhile((update) => !FINAL_STATUSES.includes(update.status), true),
          )
          .subscribe({ next: emit, error: (e: unknown) => subscriber.error(e) });
      };
      this.stream(abort.signal)
        .pipe(filter((update) => update.task_id === taskId))
        .subscribe({ next: emit, error: poll, complete: poll });
      // A status read at once: the job may have finished before the stream was open.
      this.songs.taskStatus(taskId).subscribe({ next: emit, error: () => undefined });
      return () => {
        abort.abort();
        polling?.unsubscribe();
      };
    });
  }

  private stream(signal: AbortSignal): Observable<SongProgress> {
    return new Observable<SongProgress>((subscriber) => {
      const token = this.auth.accessToken();
      fetch(this.api.song.events, {
        headers: {
          Accept: 'text/event-stream',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        signal,
      })
        .then(async (response) => {
          if (!response.ok || !response.body) {
            throw new Error(`event stream answered ${response.status}`);
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
              const update = parseUpdate(event.data);
              if (update) {
                subscriber.next(update);
              }
            }
          }
        })
        .catch((error: unknown) => {
          if (!signal.aborted) {
            subscriber.error(error);
          }
        });
    });
  }
}

function parseUpdate(data: string): SongProgress | null {
  try {
    const value = JSON.parse(data) as SongProgress;
    return value && typeof value.task_id === 'string' ? value : null;
  } catch {
    return null;
  }
}
