import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PromptTemplateService } from './prompt-template.service';

describe('PromptTemplateService', () => {
  let service: PromptTemplateService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(PromptTemplateService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads every template grouped by category, and one', () => {
    let all: unknown;
    service.all().subscribe((t) => (all = t));
    http.expectOne({ method: 'GET', url: '/api/v1/prompts' }).flush({ songs: [] });
    expect(all).toEqual({ songs: [] });
    service.get('songs', 'enhance-style').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/prompts/songs/enhance-style' }).flush({});
  });

  it('creates, updates and deletes by category and action', () => {
    const input = {
      pre_condition: 'Improve:',
      post_condition: null,
      description: null,
      model: 'llama3.2:3b',
      temperature: 0.7,
      max_tokens: 200,
      active: true,
    };
    service.create({ ...input, category: 'songs', action: 'x' }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/prompts' }).request.body.category).toBe(
      'songs',
    );
    service.update('songs', 'x', input).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/prompts/songs/x' }).request.body).toEqual(
      input,
    );
    service.delete('songs', 'x').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/prompts/songs/x' }).flush(null);
  });
});
