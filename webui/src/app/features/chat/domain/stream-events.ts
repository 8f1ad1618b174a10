import { SseEvent, jsonData } from '../../../shared/sse/sse-parser';
import { ContextMeter, StreamEvent } from '../models/conversation';

/**
 * Maps one SSE event of chat-service's streamed send to what the page needs. `token` data is the
 * piece exactly (SSE already joined multi-line data with `\n`); `done` and `error` carry JSON.
 */
export function toStreamEvent(event: SseEvent): StreamEvent | null {
  switch (event.event) {
    case 'token':
      return { type: 'token', text: event.data };
    case 'done': {
      const done = jsonData(event) as {
        user_message_id?: string;
        assistant_message_id?: string;
        context?: ContextMeter;
      } | null;
      if (!done?.assistant_message_id || !done.context) {
        return { type: 'error', status: 502, detail: 'malformed done event' };
      }
      return {
        type: 'done',
        user_message_id: done.user_message_id ?? '',
        assistant_message_id: done.assistant_message_id,
        context: done.context,
      };
    }
    case 'error': {
      const problem = jsonData(event) as { status?: number; detail?: string } | null;
      return {
        type: 'error',
        status: problem?.status ?? 502,
        detail: problem?.detail ?? event.data,
      };
    }
    default:
      return null;
  }
}

/** The meter's colour: calm below 80 %, a warning from 80 % (when the server asks to compress). */
export function meterLevel(meter: ContextMeter | null | undefined): 'ok' | 'warn' | 'over' {
  if (!meter || meter.window <= 0) {
    return 'ok';
  }
  if (meter.used_tokens > meter.window) {
    return 'over';
  }
  return meter.used_tokens * 5 >= meter.window * 4 ? 'warn' : 'ok';
}
