/** The `count` months before `today`'s month, oldest first (the current month is asked separately). */
export function previousMonths(today: Date, count: number): { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  for (let back = count; back >= 1; back--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
  return months;
}

/** Rows of a by-model map, largest first, with each one's share of the total in percent. */
export function costRows(
  byModel: Record<string, number>,
): { model: string; usd: number; percent: number }[] {
  const entries = Object.entries(byModel).map(([model, usd]) => ({ model, usd: Number(usd) }));
  const total = entries.reduce((sum, e) => sum + e.usd, 0);
  return entries
    .sort((a, b) => b.usd - a.usd || a.model.localeCompare(b.model))
    .map((e) => ({ ...e, percent: total > 0 ? Math.round((e.usd / total) * 1000) / 10 : 0 }));
}

/** Bar heights in percent of the largest month (the chart's scale). */
export function barHeights(totals: readonly number[]): number[] {
  const max = Math.max(0, ...totals);
  return totals.map((t) => (max > 0 ? Math.round((t / max) * 100) : 0));
}
