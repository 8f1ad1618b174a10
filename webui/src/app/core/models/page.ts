/** A page of a list endpoint (ARCHITECTURE §3): `{items, total, limit, offset}`. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Query parameters every list endpoint understands. */
export interface PageQuery {
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}
