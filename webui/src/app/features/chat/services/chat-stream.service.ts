import { inject, Injectable } from '@angular/core';
import { Observable, filter, map, takeWhile } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { EventStreamService } from '../../../shared/sse/event-stream.service';
import { toStreamEvent } from '../domain/stream-events';
import { StreamEvent } from '../models/conversation';

/**
 * Sends a message and reads the streamed reply (`POST .../messages/stream`) through the shared
 * event-stream reader, which refreshes an expired token once and turns a refusal before the
 * stream into an HttpErrorResponse. Unsubscribing aborts the request: the server keeps what was
 * produced so far as an `incomplete` reply (the "stop" button). Completes after `done` or `error`.
 */
@Injectable({ providedIn: 'root' })
export class ChatStreamService {
  private readonly api = inject(ApiConfigService);
  private readonly events = inject(EventStreamService);

  send(conversationId: string, content: string): Observable<StreamEvent> {
    return this.events
      .open({ url: this.api.conversations.stream(conversationId), body: { content } })
      .pipe(
        map(toStreamEvent),
        filter((event): event is StreamEvent => event !== null),
        takeWhile((event) => event.type === 'token', true),
      );
  }
}
