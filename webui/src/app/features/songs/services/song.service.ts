import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiConfigService } from '../../../core/api/api-config.service';
import { toParams } from '../../../core/http/query-params';
import { Page } from '../../../core/models/page';
import { ProgressService } from '../../../core/progress/progress.service';
import {
  AudioFormat,
  AudioLink,
  GenerateInstrumentalRequest,
  GenerateSongRequest,
  MurekaAccount,
  QueueStatus,
  Song,
  SongChoice,
  SongProgress,
  SongQuery,
  SongTaskAccepted,
  SongUpdate,
} from '../models/song';

/** song-service: jobs, songs, choices, ratings, the Mureka account and the queue. */
@Injectable({ providedIn: 'root' })
export class SongService {
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfigService);
  private readonly progress = inject(ProgressService);

  generate(request: GenerateSongRequest): Observable<SongTaskAccepted> {
    return this.progress.track(
      'songs.submitting',
      this.http.post<SongTaskAccepted>(this.api.song.generate, request),
    );
  }

  generateInstrumental(request: GenerateInstrumentalRequest): Observable<SongTaskAccepted> {
    return this.progress.track(
      'songs.submitting',
      this.http.post<SongTaskAccepted>(this.api.song.generateInstrumental, request),
    );
  }

  taskStatus(taskId: string): Observable<SongProgress> {
    return this.http.get<SongProgress>(this.api.song.taskStatus(taskId));
  }

  cancel(taskId: string): Observable<SongProgress> {
    return this.http.post<SongProgress>(this.api.song.cancel(taskId), null);
  }

  /** Asks Mureka again about a job that timed out on our side; it may have finished after all. */
  recheck(taskId: string): Observable<SongProgress> {
    return this.progress.track(
      'songs.rechecking',
      this.http.post<SongProgress>(this.api.song.recheck(taskId), null),
    );
  }

  list(query: SongQuery): Observable<Page<Song>> {
    return this.http.get<Page<Song>>(this.api.song.list, { params: toParams(query) });
  }

  get(id: string): Observable<Song> {
    return this.http.get<Song>(this.api.song.one(id));
  }

  update(id: string, change: SongUpdate): Observable<Song> {
    return this.http.put<Song>(this.api.song.one(id), change);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(this.api.song.one(id));
  }

  bulkDelete(ids: string[]): Observable<{ deleted: number }> {
    return this.http.delete<{ deleted: number }>(this.api.song.bulkDelete, { body: { ids } });
  }

  rate(choiceId: string, rating: 0 | 1 | null): Observable<SongChoice> {
    return this.http.put<SongChoice>(this.api.song.rating(choiceId), { rating });
  }

  /** A signed, short-lived URL of a choice's audio that an <audio> tag can play without a token. */
  audioUrl(choiceId: string, format: AudioFormat): Observable<string> {
    return this.http
      .get<AudioLink>(this.api.song.audio(choiceId), { params: { format } })
      .pipe(map((answer) => answer.url));
  }

  queueStatus(): Observable<QueueStatus> {
    return this.http.get<QueueStatus>(this.api.song.queueStatus);
  }

  murekaAccount(): Observable<MurekaAccount> {
    return this.http.get<MurekaAccount>(this.api.song.murekaAccount);
  }
}
