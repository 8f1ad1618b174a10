import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../core/api/api-config.service';
import { BudgetKind, DailyBudget, DailyLimit } from '../models/budget';

/** The daily budgets of image-, song- and chat-service (OpenAI chat tokens). */
@Injectable({ providedIn: 'root' })
export class BudgetService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  /** The signed-in user's budget today. */
  mine(kind: BudgetKind): Observable<DailyBudget> {
    return this.http.get<DailyBudget>(this.api.budgets[kind].mine);
  }

  /** Admins: the limit for every user. */
  limit(kind: BudgetKind): Observable<DailyLimit> {
    return this.http.get<DailyLimit>(this.api.budgets[kind].limit);
  }

  /** Admins: replace the configured limit (0 = no limit). */
  setLimit(kind: BudgetKind, dailyLimit: number): Observable<DailyLimit> {
    return this.http.put<DailyLimit>(this.api.budgets[kind].limit, { daily_limit: dailyLimit });
  }

  /** Admins: back to the configured default. */
  resetLimit(kind: BudgetKind): Observable<DailyLimit> {
    return this.http.delete<DailyLimit>(this.api.budgets[kind].limit);
  }
}
