import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, filter, map, takeWhile } from 'rxjs';
import { ApiConfigService } from '../../core/api/api-config.service';
import { Problem } from '../../core/models/problem';
import { ProgressService } from '../../core/progress/progress.service';
import { SseEvent, jsonData } from '../sse/sse-parser';
import { EventStreamService } from '../sse/event-stream.service';

export interface UnifiedAnswer {
  response: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
}

/** One step of a streamed template run: a piece of the answer, or the whole answer at the end. */
export type TemplateRunEvent =
  { type: 'token'; text: string } | { type: 'done'; answer: UnifiedAnswer };

/**
 * Every AI helper of the UI (enhance a prompt, suggest a title, ...) runs a server-side prompt
 * template through chat-service's one `generate-unified` endpoint, with the progress overlay on.
 */
@Injectable({ providedIn: 'root' })
export class AiHelperService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);
  private readonly progress = inject(ProgressService);
  private readonly events = inject(EventStreamService);

  run(category: string, action: string, inputText: string, context?: string): Observable<string> {
    return this.progress
      .track(
        'progress.ai',
        this.http.post<UnifiedAnswer>(
          this.api.chat.generateUnified,
          unifiedBody(category, action, inputText, context),
        ),
      )
      .pipe(map((answer) => answer.response.trim()));
  }

  /**
   * The same run with `stream: true`, read by the shared event-stream reader (so an expired
   * token is refreshed once): the answer's pieces as Ollama writes them, then the whole answer.
   * An `error` event ends it with an HttpErrorResponse carrying the problem, as a refusal
   * before the stream does.
   */
  stream(
    category: string,
    action: string,
    inputText: string,
    context?: string,
  ): Observable<TemplateRunEvent> {
    const url = this.api.chat.generateUnified;
    const body = { ...unifiedBody(category, action, inputText, context), stream: true };
    return this.progress.track(
      'progress.ai',
      this.events.open({ url, body }).pipe(
        map((event) => toRunEvent(event, url)),
        filter((event): event is TemplateRunEvent => event !== null),
        takeWhile((event) => event.type !== 'done', true),
      ),
    );
  }
}

function unifiedBody(category: string, action: string, inputText: string, context?: string) {
  return { category, action, input_text: inputText, ...(context ? { context } : {}) };
}

/** token and done as events; an error event is thrown as the problem it carries. */
function toRunEvent(event: SseEvent, url: string): TemplateRunEvent | null {
  switch (event.event) {
    case 'token':
      return { type: 'token', text: event.data };
    case 'done': {
      const answer = jsonData(event) as UnifiedAnswer | null;
      if (answer && typeof answer.response === 'string') {
        return { type: 'done', answer: { ...answer, response: answer.response.trim() } };
      }
      throw new HttpErrorResponse({ status: 502, url, error: { status: 502, detail: event.data } });
    }
    case 'error': {
      const problem = jsonData(event) as Problem | null;
      const status = problem?.status ?? 502;
      throw new HttpErrorResponse({
        status,
        url,
        error: problem ?? { status, detail: event.data },
      });
    }
    default:
      return null;
  }
}
