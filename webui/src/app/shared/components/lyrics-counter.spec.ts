import { countLyrics, LYRICS_LIMIT } from './lyrics-counter';

describe('countLyrics', () => {
  it('counts characters against the Mureka limit', () => {
    expect(countLyrics('abc')).toEqual({
      length: 3,
      limit: LYRICS_LIMIT,
      remaining: 2997,
      level: 'ok',
    });
    expect(countLyrics(null).length).toBe(0);
  });

  it('warns from 90 % and flags anything beyond the limit', () => {
    expect(countLyrics('x'.repeat(2699)).level).toBe('ok');
    expect(countLyrics('x'.repeat(2700)).level).toBe('warn');
    expect(countLyrics('x'.repeat(3000)).level).toBe('warn');
    expect(countLyrics('x'.repeat(3001))).toMatchObject({ level: 'over', remaining: -1 });
  });

  it('counts like the server (UTF-16 units): an emoji is two', () => {
    expect(countLyrics('🎸ä').length).toBe(3);
  });
});
