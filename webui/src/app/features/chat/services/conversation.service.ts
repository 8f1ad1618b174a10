import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { toParams } from '../../../core/http/query-params';
import { Page } from '../../../core/models/page';
import {
  ChatModel,
  ChatProvider,
  Conversation,
  ConversationPatch,
  ConversationQuery,
  ConversationWithMessages,
  ExportFormat,
  NewConversation,
  SendAnswer,
} from '../models/conversation';

/** chat-service's conversations (everything but the streamed send, see ChatStreamService). */
@Injectable({ providedIn: 'root' })
export class ConversationService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  list(query: ConversationQuery): Observable<Page<Conversation>> {
    return this.http.get<Page<Conversation>>(this.api.conversations.list, {
      params: toParams(query),
    });
  }

  /** One page of messages; `offset` counts back from the newest (0 = the newest page). */
  get(id: string, limit = 50, offset = 0): Observable<ConversationWithMessages> {
    return this.http.get<ConversationWithMessages>(this.api.conversations.one(id), {
      params: toParams({ limit, offset }),
    });
  }

  create(input: NewConversation): Observable<Conversation> {
    return this.http.post<Conversation>(this.api.conversations.list, input);
  }

  update(id: string, patch: ConversationPatch): Observable<Conversation> {
    return this.http.patch<Conversation>(this.api.conversations.one(id), patch);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.conversations.one(id));
  }

  send(id: string, content: string): Observable<SendAnswer> {
    return this.http.post<SendAnswer>(this.api.conversations.messages(id), { content });
  }

  regenerate(id: string, messageId: string): Observable<SendAnswer> {
    return this.http.post<SendAnswer>(this.api.conversations.regenerate(id, messageId), null);
  }

  compress(id: string, keepLast = 10): Observable<Conversation> {
    return this.http.post<Conversation>(this.api.conversations.compress(id), {
      keep_last: keepLast,
    });
  }

  restoreArchive(id: string): Observable<Conversation> {
    return this.http.post<Conversation>(this.api.conversations.restoreArchive(id), null);
  }

  export(id: string, format: ExportFormat): Observable<Blob> {
    return this.http.get(this.api.conversations.export(id), {
      params: toParams({ format }),
      responseType: 'blob',
    });
  }

  /** The models a new conversation of this provider may use, with their windows. */
  models(provider: ChatProvider): Observable<ChatModel[]> {
    return this.http.get<ChatModel[]>(this.api.chatModels[provider]).pipe(
      map((models) =>
        models.map((m) => ({
          name: m.name,
          context_window: m.context_window ?? null,
          available: m.available,
          shutdown_date: m.shutdown_date ?? null,
          is_default: m.is_default ?? false,
        })),
      ),
    );
  }
}
