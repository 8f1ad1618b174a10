import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ConversationService } from './conversation.service';

describe('ConversationService', () => {
  let service: ConversationService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ConversationService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with the filters that are set, archived=false included', () => {
    service.list({ q: 'chorus', provider: 'ollama', archived: false, limit: 20 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/conversations');
    expect(req.request.params.keys().sort()).toEqual(['archived', 'limit', 'provider', 'q']);
    expect(req.request.params.get('archived')).toBe('false');
    req.flush({ items: [], total: 0, limit: 20, offset: 0 });
  });

  it('loads a page of messages counted back from the newest', () => {
    service.get('c1', 50, 100).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/conversations/c1');
    expect(req.request.params.get('limit')).toBe('50');
    expect(req.request.params.get('offset')).toBe('100');
    req.flush({});
  });

  it('creates, patches, deletes, sends and regenerates', () => {
    service
      .create({ title: 'T', provider: 'openai', model: 'gpt-5.4-mini', system_context: 'be brief' })
      .subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/conversations' }).request.body).toEqual({
      title: 'T',
      provider: 'openai',
      model: 'gpt-5.4-mini',
      system_context: 'be brief',
    });
    service.update('c1', { pinned: true }).subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/v1/conversations/c1' }).request.body,
    ).toEqual({ pinned: true });
    service.delete('c1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/v1/conversations/c1' }).flush(null);
    service.send('c1', 'hi').subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/v1/conversations/c1/messages' }).request.body,
    ).toEqual({ content: 'hi' });
    service.regenerate('c1', 'm9').subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/v1/conversations/c1/messages/m9/regenerate' })
      .flush({});
  });

  it('compresses keeping the newest messages, restores and exports a file', () => {
    service.compress('c1', 4).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/v1/conversations/c1/compress' }).request.body,
    ).toEqual({ keep_last: 4 });
    service.restoreArchive('c1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/conversations/c1/restore-archive' }).flush({});
    service.export('c1', 'markdown').subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/conversations/c1/export');
    expect(req.request.params.get('format')).toBe('markdown');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['# T']));
  });

  it('reads both providers’ model lists into one shape', () => {
    let ollama: unknown;
    let openai: unknown;
    service.models('ollama').subscribe((m) => (ollama = m));
    service.models('openai').subscribe((m) => (openai = m));
    http
      .expectOne('/api/v1/ollama/chat/models')
      .flush([{ name: 'llama3.2:3b', size: 1, family: 'llama', context_window: 131072 }]);
    http.expectOne('/api/v1/openai/chat/models').flush([
      {
        name: 'gpt-5.4-mini',
        context_window: 400000,
        available: true,
        shutdown_date: null,
        status: 'available',
        is_default: true,
      },
      {
        name: 'gpt-4o',
        context_window: 128000,
        available: null,
        shutdown_date: '2027-01-14',
        status: 'retiring',
        is_default: false,
      },
    ]);
    expect(ollama).toEqual([
      {
        name: 'llama3.2:3b',
        context_window: 131072,
        available: undefined,
        shutdown_date: null,
        is_default: false,
      },
    ]);
    expect(openai).toEqual([
      {
        name: 'gpt-5.4-mini',
        context_window: 400000,
        available: true,
        shutdown_date: null,
        is_default: true,
      },
      {
        name: 'gpt-4o',
        context_window: 128000,
        available: null,
        shutdown_date: '2027-01-14',
        is_default: false,
      },
    ]);
  });
});
