import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { sseResponse } from '../../../shared/sse/sse-response.fixture';
import { SongProgress } from '../models/song';
import { SongEventsService } from './song-events.service';

describe('SongEventsService', () => {
  let http: HttpTestingController;
  let service: SongEventsService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(SongEventsService);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('follows the job on the SSE stream, ignoring other jobs, until a final status', async () => {
    const events = [
      { task_id: 'other', status: 'PROGRESS' },
      { task_id: 't1', status: 'PROGRESS', progress_info: 'running' },
      { task_id: 't1', status: 'SUCCESS' },
    ]
      .map((e) => `data: ${JSON.stringify(e)}\n\n`)
      .join('');
    const fetch = vi.fn().mockResolvedValue(sseResponse(events, Math.ceil(events.length / 2)));
    vi.stubGlobal('fetch', fetch);

    const seen: SongProgress[] = [];
    const done = new Promise<void>((resolve) =>
      service.watch('t1').subscribe({ next: (u) => seen.push(u), complete: resolve }),
    );
    http.expectOne('/api/v1/song/task/status/t1').flush({ task_id: 't1', status: 'PENDING' });
    await done;

    expect(fetch).toHaveBeenCalledWith('/api/v1/song/events', expect.anything());
    expect(seen.map((u) => u.status)).toEqual(['PENDING', 'PROGRESS', 'SUCCESS']);
  });

  it('falls back to polling the status when the stream cannot be opened', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('', { status: 503 })));
    const seen: string[] = [];
    let completed = false;
    service.watch('t1').subscribe({
      next: (u) => seen.push(u.status),
      complete: () => (completed = true),
    });
    // the immediate status read
    http.expectOne('/api/v1/song/task/status/t1').flush({ task_id: 't1', status: 'PENDING' });
    // let the failed fetch settle: polling starts with one read at once
    await vi.waitFor(() =>
      http.expectOne('/api/v1/song/task/status/t1').flush({ task_id: 't1', status: 'SUCCESS' }),
    );
    expect(seen).toEqual(['PENDING', 'SUCCESS']);
    expect(completed).toBe(true);
  });

  it('refreshes an expired token once before following the stream', async () => {
    const auth = TestBed.inject(AuthService);
    vi.spyOn(auth, 'accessToken').mockReturnValue('stale');
    const refresh = vi.spyOn(auth, 'refresh').mockReturnValue(of('fresh'));
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(sseResponse('data: {"task_id":"t1","status":"SUCCESS"}\n\n'));
    vi.stubGlobal('fetch', fetch);

    const seen: string[] = [];
    const done = new Promise<void>((resolve) =>
      service.watch('t1').subscribe({ next: (u) => seen.push(u.status), complete: resolve }),
    );
    http.expectOne('/api/v1/song/task/status/t1').flush({ task_id: 't1', status: 'PENDING' });
    await done;

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((fetch.mock.calls[1] as [string, RequestInit])[1].headers).toEqual(
      expect.objectContaining({ Authorization: 'Bearer fresh' }),
    );
    expect(seen).toEqual(['PENDING', 'SUCCESS']);
  });
});
