import { barHeights, costRows, previousMonths } from './cost-history';

describe('cost history', () => {
  it('lists the previous months oldest first, across a year boundary', () => {
    expect(previousMonths(new Date(Date.UTC(2026, 1, 15)), 3)).toEqual([
      { year: 2025, month: 11 },
      { year: 2025, month: 12 },
      { year: 2026, month: 1 },
    ]);
  });

  it('orders models by cost with their share', () => {
    expect(costRows({ 'gpt-image-1': 3, 'dall-e-3': 1 })).toEqual([
      { model: 'gpt-image-1', usd: 3, percent: 75 },
      { model: 'dall-e-3', usd: 1, percent: 25 },
    ]);
    expect(costRows({})).toEqual([]);
  });

  it('scales bars to the largest month', () => {
    expect(barHeights([0, 5, 10])).toEqual([0, 50, 100]);
    expect(barHeights([0, 0])).toEqual([0, 0]);
  });
});
