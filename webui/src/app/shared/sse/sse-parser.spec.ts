import { SseParser, jsonData } from './sse-parser';

describe('SseParser', () => {
  it('parses complete events and keeps a partial one for the next chunk', () => {
    const parser = new SseParser();
    expect(parser.push('data: {"a":1}\n\nda')).toEqual([{ event: 'message', data: '{"a":1}' }]);
    expect(parser.push('ta: {"b":2}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: '{"b":2}' }]);
  });

  it('reads event names, multi-line data, CRLF and ignores comments', () => {
    const parser = new SseParser();
    const events = parser.push(
      ': keep-alive\r\n\r\nevent: song\r\ndata: one\r\ndata: two\r\nid: 7\r\n\r\n',
    );
    expect(events).toEqual([{ event: 'song', data: 'one\ntwo' }]);
  });
});

describe('jsonData', () => {
  it('reads JSON data and answers null for what is not JSON', () => {
    expect(jsonData({ event: 'done', data: '{"a":[1]}' })).toEqual({ a: [1] });
    expect(jsonData({ event: 'token', data: 'Hel' })).toBeNull();
  });
});
