import { formatDuration, nextRating, switchPosition } from './ab-player';

describe('A/B player logic', () => {
  it('keeps the position when switching choices, within the new length', () => {
    expect(switchPosition(42.5, 180)).toBe(42.5);
    expect(switchPosition(200, 180)).toBeCloseTo(179.9);
    expect(switchPosition(30, null)).toBe(30);
    expect(switchPosition(Number.NaN, 100)).toBe(0);
  });

  it('formats Mureka durations in ms as m:ss', () => {
    expect(formatDuration(185_400)).toBe('3:05');
    expect(formatDuration(null)).toBe('–');
  });

  it('toggles a rating off when the same thumb is clicked again', () => {
    expect(nextRating(null, 1)).toBe(1);
    expect(nextRating(1, 1)).toBeNull();
    expect(nextRating(1, 0)).toBe(0);
  });
});
