import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfigService } from '../../core/api/api-config.service';
import { toParams } from '../../core/http/query-params';
import { Page } from '../../core/models/page';
import {
  AppliedRules,
  LyricRule,
  LyricRuleInput,
  LyricRuleQuery,
  LyricRuleType,
} from '../models/lyric-rule';

/** catalog-service's lyric parsing rules; shared because the rules page and the lyric editor use them. */
@Injectable({ providedIn: 'root' })
export class LyricRuleService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);

  list(query: LyricRuleQuery): Observable<Page<LyricRule>> {
    return this.http.get<Page<LyricRule>>(this.api.lyricRules.list, { params: toParams(query) });
  }

  get(id: string): Observable<LyricRule> {
    return this.http.get<LyricRule>(this.api.lyricRules.one(id));
  }

  create(input: LyricRuleInput): Observable<LyricRule> {
    return this.http.post<LyricRule>(this.api.lyricRules.list, input);
  }

  update(id: string, input: LyricRuleInput): Observable<LyricRule> {
    return this.http.put<LyricRule>(this.api.lyricRules.one(id), input);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.lyricRules.one(id));
  }

  /** `ids` must name every rule exactly once; the answer is every rule in the new order. */
  reorder(ids: string[]): Observable<LyricRule[]> {
    return this.http.patch<LyricRule[]>(this.api.lyricRules.reorder, { ids });
  }

  /** Runs the active rules on the server (all cleanup then all section rules when no type is given). */
  apply(text: string, ruleType: LyricRuleType | null = null): Observable<AppliedRules> {
    return this.http.post<AppliedRules>(this.api.lyricRules.apply, { text, rule_type: ruleType });
  }
}
