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
}
