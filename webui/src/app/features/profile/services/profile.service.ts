import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { Session, User } from '../../../core/models/user';
import { AllTimeCosts, MonthCosts, PasswordChange, ProfileInput } from '../models/costs';

/** auth-service's profile and password, image-service's OpenAI costs. */
@Injectable({ providedIn: 'root' })
export class ProfileService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  profile(): Observable<User> {
    return this.http.get<User>(this.api.auth.profile);
  }

  edit(input: ProfileInput): Observable<User> {
    return this.http.put<User>(this.api.auth.editProfile, input);
  }

  /** Answers a new session; the server revokes the others. */
  changePassword(change: PasswordChange): Observable<Session> {
    return this.http.put<Session>(this.api.auth.password, change, { withCredentials: true });
  }

  currentCosts(): Observable<MonthCosts> {
    return this.http.get<MonthCosts>(this.api.costs.current);
  }

  monthCosts(year: number, month: number): Observable<MonthCosts> {
    return this.http.get<MonthCosts>(this.api.costs.month(year, month));
  }

  allTimeCosts(): Observable<AllTimeCosts> {
    return this.http.get<AllTimeCosts>(this.api.costs.allTime);
  }
}
