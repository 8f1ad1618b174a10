import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, toArray } from 'rxjs';
import { ProgressService } from '../../core/progress/progress.service';
import { sseResponse } from '../sse/sse-response.fixture';
import { AiHelperService } from './ai-helper.service';

describe('AiHelperService', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  afterEach(() => vi.unstubAllGlobals());

  it('runs a template through generate-unified with the progress overlay on', () => {
    const ai = TestBed.inject(AiHelperService);
    const http = TestBed.inject(HttpTestingController);
    const progress = TestBed.inject(ProgressService);
    let answer = '';
    ai.run('images', 'enhance', 'a synth at night').subscribe((a) => (answer = a));
    expect(progress.busy()).toBe(true);
    const req = http.expectOne('/api/v1/ollama/chat/generate-unified');
    expect(req.request.body).toEqual({
      category: 'images',
      action: 'enhance',
      input_text: 'a synth at night',
    });
    req.flush({
      response: '  A glowing synthesizer  ',
      model: 'm',
      prompt_tokens: 1,
      completion_tokens: 2,
    });
    expect(answer).toBe('A glowing synthesizer');
    expect(progress.busy()).toBe(false);
    http.verify();
  });

  it('streams a template run: the pieces, then the whole trimmed answer', async () => {
    const done = { response: ' A good synth ', model: 'm', prompt_tokens: 3, completion_tokens: 4 };
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        sseResponse(
          `event: token\ndata:  A\n\nevent: token\ndata:  good synth\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n`,
        ),
      );
    vi.stubGlobal('fetch', fetchMock);
    const ai = TestBed.inject(AiHelperService);
    const progress = TestBed.inject(ProgressService);
    const running = firstValueFrom(ai.stream('images', 'enhance', 'synth', 'ctx').pipe(toArray()));
    expect(progress.busy()).toBe(true);
    expect(await running).toEqual([
      { type: 'token', text: ' A' },
      { type: 'token', text: ' good synth' },
      { type: 'done', answer: expect.objectContaining({ response: 'A good synth', model: 'm' }) },
    ]);
    expect(progress.busy()).toBe(false);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/ollama/chat/generate-unified');
    expect(JSON.parse(init.body as string)).toEqual({
      category: 'images',
      action: 'enhance',
      input_text: 'synth',
      context: 'ctx',
      stream: true,
    });
  });

  it('ends a streamed run that fails mid-answer with the problem as an HttpErrorResponse', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          sseResponse(
            'event: token\ndata: Half\n\nevent: error\ndata: {"status":504,"detail":"slow"}\n\n',
          ),
        ),
    );
    const seen: unknown[] = [];
    const error = await new Promise<unknown>((resolve) =>
      TestBed.inject(AiHelperService)
        .stream('faults', 'stall', 'hello')
        .subscribe({ next: (e) => seen.push(e), error: resolve }),
    );
    expect(seen).toEqual([{ type: 'token', text: 'Half' }]);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect(error).toEqual(
      expect.objectContaining({ status: 504, error: expect.objectContaining({ detail: 'slow' }) }),
    );
  });
});
