import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SketchService } from './sketch.service';

describe('SketchService', () => {
  let service: SketchService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(SketchService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with only the filters that are set', () => {
    service.list({ q: 'rain', workflow: '', tag: 'folk', limit: 20, offset: 40 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/sketches');
    expect(req.request.params.keys().sort()).toEqual(['limit', 'offset', 'q', 'tag']);
    expect(req.request.params.get('offset')).toBe('40');
    req.flush({ items: [], total: 0, limit: 20, offset: 40 });
  });

  it('creates, updates, moves, duplicates and deletes', () => {
    const input = {
      title: 'T',
      lyrics: null,
      prompt: 'folk',
      tags: ['a'],
      sketch_type: 'song' as const,
    };
    service.create(input).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/sketches' }).request.body).toEqual(input);
    service.update('s1', input).subscribe();
    http.expectOne({ method: 'PUT', url: '/api/v1/sketches/s1' }).flush({});
    service.move('s1', 'used').subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/v1/sketches/s1/workflow' }).request.body,
    ).toEqual({ workflow: 'used' });
    service.duplicate('s1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/sketches/s1/duplicate' }).flush({});
    service.delete('s1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/sketches/s1' }).flush(null);
    service.get('s 1').subscribe();
    http.expectOne('/api/v1/sketches/s%201').flush({});
  });
});
