/** RFC 9457 problem+json as every service answers errors. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  /** A stable kind some answers carry, e.g. `model_retired`. */
  code?: string;
  /** `daily_budget_exhausted`: the day's limit, what is used of it, when it resets (ISO-8601). */
  limit?: number;
  used?: number;
  resets_at?: string;
}
