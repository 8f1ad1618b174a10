import { ChatMessage } from '../models/conversation';
import { lastReply, localMessage, prependOlder } from './chat-timeline';

const message = (id: string, role: ChatMessage['role']): ChatMessage => ({
  id,
  role,
  content: id,
  token_count: 1,
  status: 'complete',
  summary: false,
  archived: false,
  created_at: '2026-01-01T00:00:00Z',
});

describe('chat timeline', () => {
  it('makes optimistic messages with distinct local ids', () => {
    const a = localMessage('user', 'hi');
    const b = localMessage('assistant', '');
    expect(a.id).not.toBe(b.id);
    expect(a.id.startsWith('local-')).toBe(true);
    expect(b.status).toBe('incomplete');
  });

  it('offers regenerate only for a stored last assistant reply', () => {
    expect(lastReply([message('1', 'user'), message('2', 'assistant')])?.id).toBe('2');
    expect(lastReply([message('2', 'assistant'), message('3', 'user')])).toBeNull();
    expect(lastReply([localMessage('assistant', 'x')])).toBeNull();
    expect(lastReply([])).toBeNull();
  });

  it('prepends an older page without duplicating overlapping messages', () => {
    const merged = prependOlder(
      [message('3', 'user'), message('4', 'assistant')],
      [message('1', 'user'), message('2', 'assistant'), message('3', 'user')],
    );
    expect(merged.map((m) => m.id)).toEqual(['1', '2', '3', '4']);
  });
});
