import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Song } from '../models/song';
import { SongViewPage } from './song-view.page';

const SONG: Song = {
  id: 's1',
  task_id: 't1',
  title: 'Neon rain',
  lyrics: 'la la',
  prompt: 'synthwave',
  model: 'auto',
  status: 'PROGRESS',
  is_instrumental: false,
  tags: ['night'],
  workflow: 'onWork',
  choices: [{ id: 'ch1', index: 0, rating: null, duration_ms: 61000 }],
  created_at: '2026-01-01T00:00:00Z',
};

/** The song library through the shared list layout; the detail keeps its editor and player. */
describe('SongViewPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [SongViewPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('opens the song in the URL with its edit fields filled, and reads it again after cancel', async () => {
    const fixture = TestBed.createComponent(SongViewPage);
    fixture.componentRef.setInput('id', 's1');
    fixture.detectChanges();
    http.expectOne('/api/v1/song/s1').flush(SONG);
    const list = await vi.waitFor(() => http.expectOne((r) => r.url === '/api/v1/song/list'));
    expect(list.request.params.toString()).toBe('limit=20&offset=0');
    list.flush({ items: [SONG], total: 1, limit: 20, offset: 0 });
    fixture.detectChanges();
    await fixture.whenStable();

    const el: HTMLElement = fixture.nativeElement;
    const detail = el.querySelector('[data-testid=song-detail]')!;
    expect(detail.querySelector('h2')?.textContent).toBe('Neon rain');
    expect(el.querySelector('[data-testid=audio-player]')).not.toBeNull();
    expect(detail.querySelector<HTMLInputElement>('.song-detail__field input')?.value).toBe(
      'Neon rain',
    );
    expect(el.querySelector('[data-testid=song-list] .item-list__item--selected')).not.toBeNull();

    // The player lives in the detail template the layout renders: the page still reaches it.
    el.querySelector<HTMLButtonElement>('[data-testid=play-choice-0]')!.click();
    http
      .expectOne('/api/v1/song/choice/ch1/audio?format=mp3')
      .flush({ url: 'https://media.example/ch1.mp3' });
    await Promise.resolve();
    expect(el.querySelector<HTMLAudioElement>('[data-testid=audio-player]')!.src).toBe(
      'https://media.example/ch1.mp3',
    );

    const cancel = [...detail.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === 'songs.cancelJob',
    )!;
    cancel.click();
    http.expectOne('/api/v1/song/task/t1/cancel').flush({});
    http.expectOne('/api/v1/song/s1').flush({ ...SONG, status: 'CANCELLED' });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=song-detail-status]')?.textContent).toBe(
      'songs.statusValue.CANCELLED',
    );
  });

  it('filters by status from the first page', async () => {
    const fixture = TestBed.createComponent(SongViewPage);
    fixture.detectChanges();
    (await vi.waitFor(() => http.expectOne((r) => r.url === '/api/v1/song/list'))).flush({
      items: [],
      total: 0,
      limit: 20,
      offset: 0,
    });
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid=empty-state]')?.textContent).toBe('songs.empty');
    el.querySelector<HTMLElement>('mat-select .mat-mdc-select-trigger')!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    const failure = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (o) => o.textContent?.trim() === 'songs.statusValue.FAILURE',
    )!;
    failure.click();
    const filtered = await vi.waitFor(() => http.expectOne((r) => r.url === '/api/v1/song/list'));
    expect(filtered.request.params.get('status')).toBe('FAILURE');
    expect(filtered.request.params.get('offset')).toBe('0');
  });
});
