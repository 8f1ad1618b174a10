import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiConfigService } from '../../core/api/api-config.service';
import { ProgressService } from '../../core/progress/progress.service';

export interface UnifiedAnswer {
  response: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
}

/**
 * Every AI helper of the UI (enhance a prompt, suggest a title, ...) runs a server-side prompt
 * template through chat-service's one `generate-unified` endpoint, with the progress overlay on.
 */
@Injectable({ providedIn: 'root' })
export class AiHelperService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);
  private readonly progress = inject(ProgressService);

  run(category: string, action: string, inputText: string, context?: string): Observable<string> {
    const body = { category, action, input_text: inputText, ...(context ? { context } : {}) };
    return this.progress
      .track('progress.ai', this.http.post<UnifiedAnswer>(this.api.chat.generateUnified, body))
      .pipe(map((answer) => answer.response.trim()));
  }
}
