import { SseParser } from '../../../shared/sse/sse-parser';
import { meterLevel, toStreamEvent } from './stream-events';

describe('chat stream events', () => {
  it('keeps a token exactly, its own leading space and joined newlines included', () => {
    const events = new SseParser().push(
      'event:token\ndata: A\n\nevent:token\ndata:  good\n\nevent:token\ndata: line\ndata: next\n\n',
    );
    expect(events.map(toStreamEvent)).toEqual([
      { type: 'token', text: 'A' },
      { type: 'token', text: ' good' },
      { type: 'token', text: 'line\nnext' },
    ]);
  });

  it('reads done with the stored ids and the context meter', () => {
    const context = { used_tokens: 10, window: 100, ratio: 0.1, needs_compression: false };
    const data = JSON.stringify({ user_message_id: 'u', assistant_message_id: 'a', context });
    expect(toStreamEvent({ event: 'done', data })).toEqual({
      type: 'done',
      user_message_id: 'u',
      assistant_message_id: 'a',
      context,
    });
  });

  it('reads an error problem, and treats unreadable data as a 502', () => {
    expect(
      toStreamEvent({ event: 'error', data: '{"status":504,"detail":"Ollama stopped"}' }),
    ).toEqual({ type: 'error', status: 504, detail: 'Ollama stopped' });
    expect(toStreamEvent({ event: 'error', data: 'boom' })).toEqual({
      type: 'error',
      status: 502,
      detail: 'boom',
    });
    expect(toStreamEvent({ event: 'done', data: 'not json' })?.type).toBe('error');
    expect(toStreamEvent({ event: 'ping', data: '' })).toBeNull();
  });

  it('colours the meter from 80 % and beyond the window', () => {
    const meter = (used: number) => ({
      used_tokens: used,
      window: 1000,
      ratio: used / 1000,
      needs_compression: false,
    });
    expect(meterLevel(meter(799))).toBe('ok');
    expect(meterLevel(meter(800))).toBe('warn');
    expect(meterLevel(meter(1001))).toBe('over');
    expect(meterLevel(null)).toBe('ok');
  });
});
