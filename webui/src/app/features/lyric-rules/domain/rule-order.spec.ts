import { LyricRule } from '../../../shared/models/lyric-rule';
import { reorderWithin, sortRules } from './rule-order';

const rule = (id: string, type: LyricRule['rule_type'], order: number): LyricRule => ({
  id,
  name: id,
  description: null,
  pattern: 'x',
  replacement: '',
  rule_type: type,
  active: true,
  order,
  created_at: '',
  updated_at: '',
});

describe('rule order', () => {
  const rules = [
    rule('c1', 'cleanup', 1),
    rule('s1', 'section', 2),
    rule('c2', 'cleanup', 3),
    rule('c3', 'cleanup', 4),
    rule('s2', 'section', 5),
  ];

  it('sorts by order, ties by name', () => {
    expect(sortRules([rule('b', 'cleanup', 1), rule('a', 'cleanup', 1)]).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('moves a rule within its type and keeps the other type in place', () => {
    expect(reorderWithin(rules, 'cleanup', 2, 0)).toEqual(['c3', 's1', 'c1', 'c2', 's2']);
    expect(reorderWithin(rules, 'section', 0, 1)).toEqual(['c1', 's2', 'c2', 'c3', 's1']);
  });

  it('names every rule exactly once, and changes nothing for an impossible move', () => {
    const ids = reorderWithin(rules, 'cleanup', 0, 2);
    expect([...ids].sort()).toEqual(['c1', 'c2', 'c3', 's1', 's2']);
    expect(reorderWithin(rules, 'section', 0, 9)).toEqual(['c1', 's1', 'c2', 'c3', 's2']);
  });
});
