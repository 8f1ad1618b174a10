import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LyricRuleService } from './lyric-rule.service';

describe('LyricRuleService', () => {
  let service: LyricRuleService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(LyricRuleService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists by type', () => {
    service.list({ rule_type: 'cleanup', limit: 100 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/lyric-parsing-rules');
    expect(req.request.params.get('rule_type')).toBe('cleanup');
    req.flush({ items: [], total: 0, limit: 100, offset: 0 });
  });

  it('creates, replaces, deletes and reorders', () => {
    const input = {
      name: 'n',
      description: null,
      pattern: '\\s+$',
      replacement: '\n',
      rule_type: 'cleanup' as const,
      active: true,
    };
    service.create(input).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/v1/lyric-parsing-rules' }).request.body,
    ).toEqual(input);
    service.update('r1', input).subscribe();
    http.expectOne({ method: 'PUT', url: '/api/v1/lyric-parsing-rules/r1' }).flush({});
    service.delete('r1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/lyric-parsing-rules/r1' }).flush(null);
    service.reorder(['b', 'a']).subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/v1/lyric-parsing-rules/reorder' }).request.body,
    ).toEqual({ ids: ['b', 'a'] });
  });

  it('applies the rules on the server, all types unless one is named', () => {
    let result: unknown;
    service.apply('**Chorus**\nla').subscribe((r) => (result = r));
    const req = http.expectOne({ method: 'POST', url: '/api/v1/lyric-parsing-rules/apply' });
    expect(req.request.body).toEqual({ text: '**Chorus**\nla', rule_type: null });
    req.flush({ text: '[CHORUS]\nla', applied: ['Bold headers'] });
    expect(result).toEqual({ text: '[CHORUS]\nla', applied: ['Bold headers'] });
    service.apply('x', 'section').subscribe();
    expect(http.expectOne('/api/v1/lyric-parsing-rules/apply').request.body.rule_type).toBe(
      'section',
    );
  });
});
