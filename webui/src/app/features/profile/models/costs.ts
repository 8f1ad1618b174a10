/** One month of OpenAI organisation costs in USD (image-service). */
export interface MonthCosts {
  year: number;
  month: number;
  currency: string;
  total_usd: number;
  by_model: Record<string, number>;
  by_category: Record<string, number>;
  is_final: boolean;
  stale: boolean;
  fetched_at: string;
}

/** Every cached month added up; months as `YYYY-MM`. */
export interface AllTimeCosts {
  currency: string;
  total_usd: number;
  by_model: Record<string, number>;
  by_category: Record<string, number>;
  months: number;
  first_month: string | null;
  last_month: string | null;
}

export interface ProfileInput {
  first_name: string;
  last_name: string;
  artist_name: string | null;
}

export interface PasswordChange {
  old_password: string;
  new_password: string;
}
