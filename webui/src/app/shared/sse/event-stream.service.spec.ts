import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Observable, firstValueFrom, of, take, toArray } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { EventStreamService } from './event-stream.service';
import { sseResponse } from './sse-response.fixture';

/** The one SSE reader: fetch, parse, refresh an expired token once, abort on unsubscribe. */
describe('EventStreamService', () => {
  let token: string | null;
  let refresh: ReturnType<typeof vi.fn<() => Observable<string | null>>>;
  let fetchMock: ReturnType<typeof vi.fn>;

  function reader(): EventStreamService {
    TestBed.configureTestingModule({
      providers: [{ provide: AuthService, useValue: { accessToken: () => token, refresh } }],
    });
    return TestBed.inject(EventStreamService);
  }

  function sentHeaders(call: number): Record<string, string> {
    return (fetchMock.mock.calls[call] as [string, RequestInit])[1].headers as Record<
      string,
      string
    >;
  }

  beforeEach(() => {
    token = 'stale';
    refresh = vi.fn(() => of<string | null>('fresh'));
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('GETs with the bearer token and emits the parsed events, then completes', async () => {
    fetchMock.mockResolvedValue(
      sseResponse(': keep-alive\n\nevent: song\ndata: {"a":1}\n\ndata: one\ndata: two\n\n', 5),
    );
    const events = await firstValueFrom(reader().open({ url: '/api/v1/x' }).pipe(toArray()));
    expect(events).toEqual([
      { event: 'song', data: '{"a":1}' },
      { event: 'message', data: 'one\ntwo' },
    ]);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/x');
    expect(init).toEqual(expect.objectContaining({ method: 'GET' }));
    expect(init.body).toBeUndefined();
    expect(sentHeaders(0)).toEqual({ Accept: 'text/event-stream', Authorization: 'Bearer stale' });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('POSTs a JSON body', async () => {
    fetchMock.mockResolvedValue(sseResponse('data: ok\n\n'));
    await firstValueFrom(reader().open({ url: '/api/v1/x', body: { content: 'hi' } }));
    const init = (fetchMock.mock.calls[0] as [string, RequestInit])[1];
    expect(init).toEqual(expect.objectContaining({ method: 'POST', body: '{"content":"hi"}' }));
    expect(sentHeaders(0)).toEqual(expect.objectContaining({ 'Content-Type': 'application/json' }));
  });

  it('sends no Authorization header without a session', async () => {
    token = null;
    fetchMock.mockResolvedValue(sseResponse('data: ok\n\n'));
    await firstValueFrom(reader().open({ url: '/api/v1/x' }));
    expect(sentHeaders(0)['Authorization']).toBeUndefined();
  });

  it('on 401 refreshes the token once and opens the stream again with the new one', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(sseResponse('data: ok\n\n'));
    const events = await firstValueFrom(reader().open({ url: '/api/v1/x' }).pipe(toArray()));
    expect(events).toEqual([{ event: 'message', data: 'ok' }]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sentHeaders(1)['Authorization']).toBe('Bearer fresh');
  });

  it('tries only once: a second 401 after the refresh is the answer', async () => {
    fetchMock.mockResolvedValue(new Response('', { status: 401 }));
    const error = await firstValueFrom(reader().open({ url: '/api/v1/x' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(401);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('gives up with the 401 when the refresh fails, without sending again', async () => {
    refresh.mockReturnValue(of(null));
    fetchMock.mockResolvedValue(new Response('', { status: 401 }));
    const error = await firstValueFrom(reader().open({ url: '/api/v1/x' })).catch(
      (e: unknown) => e,
    );
    expect((error as HttpErrorResponse).status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('turns a refusal before the stream into an HttpErrorResponse with the problem', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"status":404,"detail":"no such thing"}', {
        status: 404,
        statusText: 'Not Found',
      }),
    );
    const error = (await firstValueFrom(reader().open({ url: '/api/v1/x' })).catch(
      (e: unknown) => e,
    )) as HttpErrorResponse;
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect(error).toEqual(
      expect.objectContaining({
        status: 404,
        url: '/api/v1/x',
        error: '{"status":404,"detail":"no such thing"}',
      }),
    );
    expect(refresh).not.toHaveBeenCalled();
  });

  it('reports a network failure as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await firstValueFrom(reader().open({ url: '/api/v1/x' })).catch(
      (e: unknown) => e,
    );
    expect((error as HttpErrorResponse).status).toBe(0);
  });

  it('aborts the request when unsubscribed', () => {
    let signal: AbortSignal | undefined;
    fetchMock.mockImplementation((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    });
    reader().open({ url: '/api/v1/x' }).subscribe().unsubscribe();
    expect(signal?.aborted).toBe(true);
  });

  it('stops reading once the subscriber has had enough, without an error', async () => {
    let signal: AbortSignal | undefined;
    fetchMock.mockImplementation((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return Promise.resolve(sseResponse('data: 1\n\ndata: 2\n\ndata: 3\n\n', 100));
    });
    const events = await firstValueFrom(
      reader().open({ url: '/api/v1/x' }).pipe(take(1), toArray()),
    );
    expect(events).toEqual([{ event: 'message', data: '1' }]);
    expect(signal?.aborted).toBe(true);
  });
});
