export type LyricRuleType = 'cleanup' | 'section';

/** A global regex rewrite of catalog-service; the server is the only engine that applies it. */
export interface LyricRule {
  id: string;
  name: string;
  description: string | null;
  pattern: string;
  replacement: string;
  rule_type: LyricRuleType;
  active: boolean;
  order: number;
  created_at: string;
  updated_at: string;
}

export interface LyricRuleInput {
  name: string;
  description: string | null;
  pattern: string;
  replacement: string;
  rule_type: LyricRuleType;
  active: boolean;
  order?: number;
}

export interface LyricRuleQuery {
  rule_type?: LyricRuleType | '';
  active?: boolean;
  limit?: number;
  offset?: number;
}

/** `POST /apply`: the rewritten text and the names of the rules that changed it, in order. */
export interface AppliedRules {
  text: string;
  applied: string[];
}
