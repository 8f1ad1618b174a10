import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProgressService } from '../../../core/progress/progress.service';
import { ImageService } from './image.service';

describe('ImageService', () => {
  let service: ImageService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ImageService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('generates with the progress overlay on', () => {
    const progress = TestBed.inject(ProgressService);
    service
      .generate({
        prompt: 'a cat 0001',
        size: '1024x1024',
        quality: 'auto',
        output_format: 'png',
        composition: 'album-cover',
      })
      .subscribe();
    expect(progress.busy()).toBe(true);
    const req = http.expectOne({ method: 'POST', url: '/api/v1/image/generate' });
    expect(req.request.body.composition).toBe('album-cover');
    req.flush({ id: 'i1' });
    expect(progress.busy()).toBe(false);
  });

  it('reads the image models the account offers', () => {
    let defaultModel = '';
    service.models().subscribe((catalogue) => (defaultModel = catalogue.default_model));
    http.expectOne({ method: 'GET', url: '/api/v1/image/models' }).flush({
      default_model: 'gpt-image-2.6-sunburst',
      from_account: true,
      notice: null,
      models: [{ id: 'gpt-image-2.6-sunburst', qualities: ['low', 'auto'], shutdown_date: null }],
      sizes: ['1024x1024'],
      output_formats: ['png'],
      backgrounds: ['auto'],
      moderations: ['auto'],
    });
    expect(defaultModel).toBe('gpt-image-2.6-sunburst');
  });

  it('lists with filters and sort as query parameters', () => {
    service
      .list({
        q: 'cat',
        starred: true,
        has_overlay: '',
        sort: 'title',
        order: 'asc',
        limit: 24,
        offset: 0,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/image/list');
    expect(req.request.params.toString()).toBe(
      'q=cat&starred=true&sort=title&order=asc&limit=24&offset=0',
    );
    req.flush({ items: [], total: 0, limit: 24, offset: 0 });
  });

  it('lists overlay candidates, gets, updates, deletes', () => {
    service.listForOverlay({ limit: 50 }).subscribe();
    http.expectOne('/api/v1/image/list-for-text-overlay?limit=50').flush({ items: [] });
    service.get('i1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/image/i1' }).flush({});
    service.update('i1', { starred: true }).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/image/i1' }).request.body).toEqual({
      starred: true,
    });
    service.delete('i1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/image/i1' }).flush(null);
  });

  it('bulk-deletes with the ids in the body', () => {
    let result: unknown;
    service.bulkDelete(['a', 'b']).subscribe((r) => (result = r));
    const req = http.expectOne({ method: 'DELETE', url: '/api/v1/image/bulk-delete' });
    expect(req.request.body).toEqual({ ids: ['a', 'b'] });
    const answer = { deleted: ['a'], not_found: ['b'], deleted_count: 1, not_found_count: 1 };
    req.flush(answer);
    expect(result).toEqual(answer);
  });

  it('downloads as a blob', () => {
    service.download('i1').subscribe();
    const req = http.expectOne('/api/v1/image/i1/download');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['x']));
  });

  it('posts a text overlay', () => {
    service
      .addTextOverlay({
        image_id: 'i1',
        title: 'Night Drive',
        artist: 'Ada',
        font_style: 'bold',
        title_position: { x: 0.5, y: 0.9 },
        title_font_size: 80,
        artist_font_size: 40,
        title_color: '#ffffff',
        artist_color: '#ffffff',
        outline_color: '#000000',
        outline_width: 3,
      })
      .subscribe();
    const req = http.expectOne({ method: 'POST', url: '/api/v1/image/add-text-overlay' });
    expect(req.request.body.title_position).toEqual({ x: 0.5, y: 0.9 });
    req.flush({ id: 'i2' });
  });
});
