import { Injectable } from '@angular/core';
import { environment } from '../../../environments/environment';

/**
 * Every backend endpoint, as a relative path the gateway (or `ng serve`'s proxy) routes.
 * No other file knows a URL: services ask this one.
 */
@Injectable({ providedIn: 'root' })
export class ApiConfigService {
  private readonly base = environment.apiBase;

  readonly auth = {
    login: `${this.base}/user/login`,
    register: `${this.base}/user/create`,
    /** Under /api/v1/auth, where the browser sends the refresh cookie: works with a stale token. */
    logout: `${this.base}/auth/logout`,
    refresh: `${this.base}/auth/refresh`,
    /** Whether the first account (the admin) still needs the setup token. */
    setup: `${this.base}/auth/setup`,
    profile: `${this.base}/user/profile`,
    editProfile: `${this.base}/user/edit`,
    password: `${this.base}/user/password`,
    settings: `${this.base}/user/settings`,
  };

  readonly sketches = {
    list: `${this.base}/sketches`,
    one: (id: string) => `${this.base}/sketches/${encodeURIComponent(id)}`,
    workflow: (id: string) => `${this.base}/sketches/${encodeURIComponent(id)}/workflow`,
    duplicate: (id: string) => `${this.base}/sketches/${encodeURIComponent(id)}/duplicate`,
  };

  readonly equipment = {
    list: `${this.base}/equipment`,
    one: (id: string) => `${this.base}/equipment/${encodeURIComponent(id)}`,
    duplicate: (id: string) => `${this.base}/equipment/${encodeURIComponent(id)}/duplicate`,
  };

  readonly lyricRules = {
    list: `${this.base}/lyric-parsing-rules`,
    one: (id: string) => `${this.base}/lyric-parsing-rules/${encodeURIComponent(id)}`,
    apply: `${this.base}/lyric-parsing-rules/apply`,
    reorder: `${this.base}/lyric-parsing-rules/reorder`,
  };

  readonly chat = {
    generateUnified: `${this.base}/ollama/chat/generate-unified`,
  };

  readonly image = {
    generate: `${this.base}/image/generate`,
    models: `${this.base}/image/models`,
    list: `${this.base}/image/list`,
    listForOverlay: `${this.base}/image/list-for-text-overlay`,
    one: (id: string) => `${this.base}/image/${encodeURIComponent(id)}`,
    download: (id: string) => `${this.base}/image/${encodeURIComponent(id)}/download`,
    bulkDelete: `${this.base}/image/bulk-delete`,
    addTextOverlay: `${this.base}/image/add-text-overlay`,
  };

  readonly costs = {
    current: `${this.base}/openai/costs/current`,
    month: (year: number, month: number) => `${this.base}/openai/costs/${year}/${month}`,
    allTime: `${this.base}/openai/costs/all-time`,
  };

  readonly song = {
    generate: `${this.base}/song/generate`,
    generateInstrumental: `${this.base}/song/generate-instrumental`,
    taskStatus: (taskId: string) => `${this.base}/song/task/status/${encodeURIComponent(taskId)}`,
    cancel: (taskId: string) => `${this.base}/song/task/${encodeURIComponent(taskId)}/cancel`,
    recheck: (taskId: string) => `${this.base}/song/task/${encodeURIComponent(taskId)}/recheck`,
    deleteTask: (taskId: string) => `${this.base}/song/task/${encodeURIComponent(taskId)}`,
    queueStatus: `${this.base}/song/task/queue-status`,
    murekaAccount: `${this.base}/song/mureka-account`,
    events: `${this.base}/song/events`,
    list: `${this.base}/song/list`,
    one: (id: string) => `${this.base}/song/${encodeURIComponent(id)}`,
    bulkDelete: `${this.base}/song/bulk-delete`,
    rating: (choiceId: string) => `${this.base}/song/choice/${encodeURIComponent(choiceId)}/rating`,
    audio: (choiceId: string) => `${this.base}/song/choice/${encodeURIComponent(choiceId)}/audio`,
  };

  readonly conversations = {
    list: `${this.base}/conversations`,
    one: (id: string) => `${this.base}/conversations/${encodeURIComponent(id)}`,
    messages: (id: string) => `${this.base}/conversations/${encodeURIComponent(id)}/messages`,
    stream: (id: string) => `${this.base}/conversations/${encodeURIComponent(id)}/messages/stream`,
    regenerate: (id: string, messageId: string) =>
      `${this.base}/conversations/${encodeURIComponent(id)}/messages/${encodeURIComponent(messageId)}/regenerate`,
    compress: (id: string) => `${this.base}/conversations/${encodeURIComponent(id)}/compress`,
    restoreArchive: (id: string) =>
      `${this.base}/conversations/${encodeURIComponent(id)}/restore-archive`,
    export: (id: string) => `${this.base}/conversations/${encodeURIComponent(id)}/export`,
  };

  readonly chatModels = {
    ollama: `${this.base}/ollama/chat/models`,
    openai: `${this.base}/openai/chat/models`,
  };

  /**
   * The per-user daily budgets of the paid providers: `mine` is the caller's today, `limit` the
   * admin's view (GET, PUT `{daily_limit}`, DELETE = back to the configured default).
   */
  readonly budgets = {
    image: {
      mine: `${this.base}/image/budget`,
      limit: `${this.base}/image/budget/limit`,
    },
    song: {
      mine: `${this.base}/song/budget`,
      limit: `${this.base}/song/budget/limit`,
    },
    chat: {
      mine: `${this.base}/openai/chat/budget`,
      limit: `${this.base}/openai/chat/budget/limit`,
    },
  };

  readonly promptTemplates = {
    list: `${this.base}/prompts`,
    one: (category: string, action: string) =>
      `${this.base}/prompts/${encodeURIComponent(category)}/${encodeURIComponent(action)}`,
  };

  /** Whether a request goes to our own API (and so may carry the bearer token). */
  isApi(url: string): boolean {
    return url.startsWith(`${this.base}/`);
  }

  /** Endpoints that must never carry a bearer token or trigger a refresh on 401. */
  isSessionEndpoint(url: string): boolean {
    return [this.auth.login, this.auth.register, this.auth.refresh, this.auth.setup].some((u) =>
      url.startsWith(u),
    );
  }
}
