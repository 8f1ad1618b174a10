import { ChatMessage, Conversation } from '../models/conversation';

/** A conversation as chat-service answers it. */
export function conversation(change: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    title: 'Chorus ideas',
    provider: 'ollama',
    model: 'llama3.2:3b',
    system_context: null,
    context_window_size: 4096,
    current_token_count: 100,
    pinned: false,
    archived: false,
    tags: [],
    context: { used_tokens: 100, window: 4096, ratio: 0.02, needs_compression: false },
    model_status: 'available',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...change,
  };
}

export function message(id: string, change: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id,
    role: 'user',
    content: `message ${id}`,
    token_count: 3,
    status: 'complete',
    summary: false,
    archived: false,
    created_at: '2026-01-01T00:00:00Z',
    ...change,
  };
}
