import { LyricRule, LyricRuleType } from '../../../shared/models/lyric-rule';

/** Rules in the order the server runs them: by `order`, then name. */
export function sortRules(rules: readonly LyricRule[]): LyricRule[] {
  return [...rules].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/**
 * The full id list `PATCH /reorder` needs after moving one rule within its type's list:
 * the slots of that type are refilled in the new order, the other type's rules stay put.
 */
export function reorderWithin(
  rules: readonly LyricRule[],
  type: LyricRuleType,
  from: number,
  to: number,
): string[] {
  const all = sortRules(rules);
  const ofType = all.filter((r) => r.rule_type === type);
  if (from < 0 || from >= ofType.length || to < 0 || to >= ofType.length) {
    return all.map((r) => r.id);
  }
  const [moved] = ofType.splice(from, 1);
  ofType.splice(to, 0, moved);
  let next = 0;
  return all.map((r) => (r.rule_type === type ? ofType[next++].id : r.id));
}
