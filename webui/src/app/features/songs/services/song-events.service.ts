import { inject, Injectable } from '@angular/core';
import {
  Observable,
  Subscription,
  filter,
  interval,
  map,
  startWith,
  switchMap,
  takeWhile,
} from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { EventStreamService } from '../../../shared/sse/event-stream.service';
import { SseEvent, jsonData } from '../../../shared/sse/sse-parser';
import { FINAL_STATUSES, SongProgress } from '../models/song';
import { SongService } from './song.service';

/** How often the fallback asks for a job's status when the event stream is unavailable. */
const POLL_MS = 4000;

/**
 * Live progress of one song job. Reads song-service's SSE stream through the shared reader; when the stream cannot be opened it falls back to polling the status.
 * Completes after a final status.
 */
@Injectable({ providedIn: 'root' })
export class SongEventsService {
  private readonly api = inject(ApiConfigService);
  private readonly events = inject(EventStreamService);
  private readonly songs = inject(SongService);

  watch(taskId: string): Observable<SongProgress> {
    return new Observable<SongProgress>((subscriber) => {
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
      const stream = this.stream()
        .pipe(filter((update) => update.task_id === taskId))
        .subscribe({ next: emit, error: poll, complete: poll });
      // A status read at once: the job may have finished before the stream was open.
      this.songs.taskStatus(taskId).subscribe({ next: emit, error: () => undefined });
      return () => {
        stream.unsubscribe();
        polling?.unsubscribe();
      };
    });
  }

  /** Every job's progress on song-service's stream (the shared reader refreshes a stale token). */
  private stream(): Observable<SongProgress> {
    return this.events.open({ url: this.api.song.events }).pipe(
      map(parseUpdate),
      filter((update): update is SongProgress => update !== null),
    );
  }
}

/** A progress update, or null for what is not one (keep-alives carry no data). */
function parseUpdate(event: SseEvent): SongProgress | null {
  const value = jsonData(event) as SongProgress | null;
  return value && typeof value.task_id === 'string' ? value : null;
}
