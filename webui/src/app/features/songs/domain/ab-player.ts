/**
 * A/B listening: switching between the choices of a song keeps the playback position, so the
 * same bar can be compared. The position is clamped to the new track's length.
 */
export function switchPosition(currentTime: number, newDurationSeconds: number | null): number {
  if (!Number.isFinite(currentTime) || currentTime < 0) {
    return 0;
  }
  if (newDurationSeconds && Number.isFinite(newDurationSeconds)) {
    return Math.min(currentTime, Math.max(0, newDurationSeconds - 0.1));
  }
  return currentTime;
}

/** Song durations come from Mureka in milliseconds; shown as m:ss. */
export function formatDuration(ms: number | null | undefined): string {
  if (!ms || ms < 0) {
    return '–';
  }
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Clicking the active thumb again takes the rating back. */
export function nextRating(current: 0 | 1 | null, clicked: 0 | 1): 0 | 1 | null {
  return current === clicked ? null : clicked;
}
