import { ChatMessage } from '../models/conversation';

let localCounter = 0;

/** A message shown before the server stored it (optimistic), recognisable by its `local-` id. */
export function localMessage(role: 'user' | 'assistant', content: string): ChatMessage {
  localCounter += 1;
  return {
    id: `local-${localCounter}`,
    role,
    content,
    token_count: null,
    status: role === 'assistant' ? 'incomplete' : 'complete',
    summary: false,
    archived: false,
    created_at: new Date().toISOString(),
  };
}

/** The last assistant reply, the only one chat-service regenerates. */
export function lastReply(messages: readonly ChatMessage[]): ChatMessage | null {
  const last = messages.at(-1);
  return last && last.role === 'assistant' && !last.id.startsWith('local-') ? last : null;
}

/** Older messages put in front of the loaded ones, skipping any already there. */
export function prependOlder(
  loaded: readonly ChatMessage[],
  older: readonly ChatMessage[],
): ChatMessage[] {
  const known = new Set(loaded.map((m) => m.id));
  return [...older.filter((m) => !known.has(m.id)), ...loaded];
}
