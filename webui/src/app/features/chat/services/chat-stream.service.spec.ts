import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, of, toArray } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { sseResponse } from '../../../shared/sse/sse-response.fixture';
import { StreamEvent } from '../models/conversation';
import { ChatStreamService } from './chat-stream.service';

describe('ChatStreamService', () => {
  let service: ChatStreamService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(ChatStreamService);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('posts the message and emits tokens, then done, then completes', async () => {
    const context = { used_tokens: 5, window: 100, ratio: 0.05, needs_compression: false };
    const fetchMock = vi
      .fn()
      .mockResolvedValue(
        sseResponse(
          'event:token\ndata: Hel\n\nevent:token\ndata: lo\n\n' +
            `event:done\ndata: ${JSON.stringify({ user_message_id: 'u', assistant_message_id: 'a', context })}\n\n`,
        ),
      );
    vi.stubGlobal('fetch', fetchMock);
    const events = await firstValueFrom(service.send('c 1', 'hi').pipe(toArray()));
    expect(events.map((e: StreamEvent) => e.type)).toEqual(['token', 'token', 'done']);
    expect(events.slice(0, 2)).toEqual([
      { type: 'token', text: 'Hel' },
      { type: 'token', text: 'lo' },
    ]);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/conversations/c%201/messages/stream');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"content":"hi"}');
  });

  it('ends with the error event when the provider fails mid-reply', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          sseResponse(
            'event:token\ndata: A\n\nevent:error\ndata: {"status":504,"detail":"slow"}\n\n',
          ),
        ),
    );
    const events = await firstValueFrom(service.send('c1', 'hi').pipe(toArray()));
    expect(events.at(-1)).toEqual({ type: 'error', status: 504, detail: 'slow' });
  });

  it('turns a refusal before the stream into an HttpErrorResponse with the problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          new Response('{"status":404,"detail":"no such conversation"}', { status: 404 }),
        ),
    );
    const error = await firstValueFrom(service.send('c1', 'hi')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(404);
  });

  it('aborts the request when unsubscribed (the stop button)', () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        return new Promise<Response>(() => undefined);
      }),
    );
    const subscription = service.send('c1', 'hi').subscribe();
    subscription.unsubscribe();
    expect(signal?.aborted).toBe(true);
  });

  it('refreshes an expired token once and sends again', async () => {
    TestBed.resetTestingModule();
    const refresh = vi.fn(() => of('fresh'));
    TestBed.configureTestingModule({
      providers: [{ provide: AuthService, useValue: { accessToken: () => 'stale', refresh } }],
    });
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(sseResponse('event:token\ndata: ok\n\n'));
    vi.stubGlobal('fetch', fetchMock);
    const events = await firstValueFrom(
      TestBed.inject(ChatStreamService).send('c1', 'hi').pipe(toArray()),
    );
    expect(events).toEqual([{ type: 'token', text: 'ok' }]);
    expect(refresh).toHaveBeenCalledTimes(1);
    const headers = (fetchMock.mock.calls[1] as [string, RequestInit])[1].headers as Record<
      string,
      string
    >;
    expect(headers['Authorization']).toBe('Bearer fresh');
  });

  it('gives up with the 401 when the refresh fails', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        { provide: AuthService, useValue: { accessToken: () => 'stale', refresh: () => of(null) } },
      ],
    });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 401 })));
    const error = await firstValueFrom(TestBed.inject(ChatStreamService).send('c1', 'hi')).catch(
      (e: unknown) => e,
    );
    expect((error as HttpErrorResponse).status).toBe(401);
  });
});
