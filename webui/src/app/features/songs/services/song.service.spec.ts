import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SongService } from './song.service';

describe('SongService', () => {
  let service: SongService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(SongService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('submits a song and an instrumental, answering the accepted task', () => {
    let accepted: unknown;
    service
      .generate({ lyrics: 'la 0001', prompt: 'pop', model: 'auto', sketch_id: 's1' })
      .subscribe((a) => (accepted = a));
    const req = http.expectOne({ method: 'POST', url: '/api/v1/song/generate' });
    expect(req.request.body.sketch_id).toBe('s1');
    req.flush(
      { task_id: 't1', song_id: 'g1', status: 'PENDING' },
      { status: 202, statusText: 'Accepted' },
    );
    expect(accepted).toEqual({ task_id: 't1', song_id: 'g1', status: 'PENDING' });
    service.generateInstrumental({ prompt: 'ambient', model: 'auto' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/song/generate-instrumental' }).flush({});
  });

  it('reads, cancels and rechecks a task', () => {
    service.taskStatus('t1').subscribe();
    http.expectOne('/api/v1/song/task/status/t1').flush({ task_id: 't1', status: 'PROGRESS' });
    service.cancel('t1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/song/task/t1/cancel' }).flush({});
    service.recheck('t1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/song/task/t1/recheck' }).flush({});
  });

  it('lists, gets, updates and deletes songs', () => {
    service.list({ q: 'rain', status: 'SUCCESS', workflow: '', limit: 20, offset: 0 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/song/list').request.params.toString()).toBe(
      'q=rain&status=SUCCESS&limit=20&offset=0',
    );
    service.get('g1').subscribe();
    http.expectOne('/api/v1/song/g1').flush({});
    service.update('g1', { workflow: 'inUse' }).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/v1/song/g1' }).request.body).toEqual({
      workflow: 'inUse',
    });
    service.delete('g1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/song/g1' }).flush(null);
    service.bulkDelete(['g1']).subscribe();
    expect(
      http.expectOne({ method: 'DELETE', url: '/api/v1/song/bulk-delete' }).request.body,
    ).toEqual({ ids: ['g1'] });
  });

  it('rates a choice and fetches a signed audio URL', () => {
    service.rate('c1', null).subscribe();
    expect(
      http.expectOne({ method: 'PUT', url: '/api/v1/song/choice/c1/rating' }).request.body,
    ).toEqual({ rating: null });
    let url = '';
    service.audioUrl('c1', 'flac').subscribe((u) => (url = u));
    http
      .expectOne('/api/v1/song/choice/c1/audio?format=flac')
      .flush({ url: '/media/x.flac?sig=1' });
    expect(url).toBe('/media/x.flac?sig=1');
  });

  it('reads the queue and the Mureka account', () => {
    service.queueStatus().subscribe();
    http.expectOne('/api/v1/song/task/queue-status').flush({});
    service.murekaAccount().subscribe();
    http.expectOne('/api/v1/song/mureka-account').flush({});
  });
});
