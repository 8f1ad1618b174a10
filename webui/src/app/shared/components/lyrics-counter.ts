/** Mureka refuses lyrics longer than this; the UI counts and warns before a generation. */
export const LYRICS_LIMIT = 3000;
/** From this share of the limit on, the counter turns to a warning colour. */
const WARN_SHARE = 0.9;

export interface LyricsCount {
  length: number;
  limit: number;
  remaining: number;
  level: 'ok' | 'warn' | 'over';
}

export function countLyrics(text: string | null | undefined, limit = LYRICS_LIMIT): LyricsCount {
  // UTF-16 units, as song-service's @Size(max = 3000) counts them: the counter and the server agree.
  const length = (text ?? '').length;
  const level = length > limit ? 'over' : length >= limit * WARN_SHARE ? 'warn' : 'ok';
  return { length, limit, remaining: limit - length, level };
}
