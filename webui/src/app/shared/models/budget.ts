/** The paid providers that have a per-user daily budget (image-, song- and chat-service). */
export type BudgetKind = 'image' | 'song' | 'chat';

export const BUDGET_KINDS: readonly BudgetKind[] = ['image', 'song', 'chat'];

/** `GET …/budget`: the caller's budget today. `remaining` is null when there is no limit. */
export interface DailyBudget {
  limit: number;
  used: number;
  remaining: number | null;
  /** The next UTC midnight, ISO-8601. */
  resets_at: string;
  unlimited: boolean;
}

/** `GET/PUT/DELETE …/budget/limit` (admins): the limit for every user. 0 = no limit. */
export interface DailyLimit {
  daily_limit: number;
  default_limit: number;
  overridden: boolean;
  unlimited: boolean;
  updated_at: string | null;
}
