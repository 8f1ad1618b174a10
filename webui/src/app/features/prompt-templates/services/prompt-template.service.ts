import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import {
  NewPromptTemplate,
  PromptTemplate,
  PromptTemplateInput,
  TemplatesByCategory,
} from '../models/prompt-template';

/** chat-service's prompt templates: everyone reads, admins write. */
@Injectable({ providedIn: 'root' })
export class PromptTemplateService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  all(): Observable<TemplatesByCategory> {
    return this.http.get<TemplatesByCategory>(this.api.promptTemplates.list);
  }

  get(category: string, action: string): Observable<PromptTemplate> {
    return this.http.get<PromptTemplate>(this.api.promptTemplates.one(category, action));
  }

  create(input: NewPromptTemplate): Observable<PromptTemplate> {
    return this.http.post<PromptTemplate>(this.api.promptTemplates.list, input);
  }

  /** The server raises the version by one. */
  update(category: string, action: string, input: PromptTemplateInput): Observable<PromptTemplate> {
    return this.http.put<PromptTemplate>(this.api.promptTemplates.one(category, action), input);
  }

  delete(category: string, action: string): Observable<void> {
    return this.http.delete<void>(this.api.promptTemplates.one(category, action));
  }
}
