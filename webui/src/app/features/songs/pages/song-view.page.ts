import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Subject, catchError, debounceTime, of, switchMap } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { providePaginatorTranslations } from '../../../core/i18n/paginator-intl';
import { Page } from '../../../core/models/page';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { formatDuration, nextRating, switchPosition } from '../domain/ab-player';
import {
  AudioFormat,
  FINAL_STATUSES,
  Song,
  SongChoice,
  SongQuery,
  SongStatus,
  SongWorkflow,
} from '../models/song';
import { SongService } from '../services/song.service';

const PAGE_SIZE = 20;

@Component({
  selector: 'app-song-view-page',
  providers: [providePaginatorTranslations()],
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    TranslatePipe,
    EmptyStateComponent,
    TagsInputComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './song-view.page.html',
  styleUrl: './song-view.page.scss',
})
export class SongViewPage implements OnInit {
  private readonly songs = inject(SongService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly id = input<string>();

  private readonly player = viewChild<ElementRef<HTMLAudioElement>>('player');

  protected readonly query = signal<SongQuery>({ offset: 0 });
  protected readonly page = signal<Page<Song> | null>(null);
  protected readonly selected = signal<Song | null>(null);
  protected readonly activeChoice = signal<SongChoice | null>(null);
  protected readonly audioSrc = signal<string | null>(null);
  protected readonly editTitle = signal('');
  protected readonly editTags = signal<string[]>([]);
  protected readonly statuses: SongStatus[] = [
    'PENDING',
    'PROGRESS',
    'SUCCESS',
    'FAILURE',
    'CANCELLED',
  ];
  protected readonly workflows: SongWorkflow[] = ['onWork', 'inUse', 'notUsed'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly formatDuration = formatDuration;
  private readonly reload$ = new Subject<void>();

  constructor() {
    effect(() => {
      const id = this.id();
      if (id && this.selected()?.id !== id) {
        this.open(id);
      } else if (!id) {
        this.selected.set(null);
      }
    });
  }

  ngOnInit(): void {
    this.reload$
      .pipe(
        debounceTime(250),
        switchMap(() =>
          this.songs.list({ ...this.query(), limit: PAGE_SIZE }).pipe(
            catchError((error: unknown) => {
              this.notifications.error(error);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((page) => page && this.page.set(page));
    this.reload$.next();
  }

  protected setFilter<K extends keyof SongQuery>(key: K, value: SongQuery[K]): void {
    this.query.update((q) => ({ ...q, [key]: value, offset: 0 }));
    this.reload$.next();
  }

  protected pageChanged(event: PageEvent): void {
    this.query.update((q) => ({ ...q, offset: event.pageIndex * event.pageSize }));
    this.reload$.next();
  }

  protected select(song: Song): void {
    void this.router.navigate([], { queryParams: { id: song.id } });
  }

  protected isRunning(song: Song): boolean {
    return !FINAL_STATUSES.includes(song.status);
  }

  /** A job that failed by our deadline may still have finished at Mureka: recheck asks again. */
  protected canRecheck(song: Song): boolean {
    return this.isRunning(song) || song.status === 'FAILURE';
  }

  /** A/B: switch the player to another choice at the same position. */
  protected play(choice: SongChoice): void {
    const audio = this.player()?.nativeElement;
    const position = audio?.currentTime ?? 0;
    const wasPlaying = audio ? !audio.paused : false;
    this.activeChoice.set(choice);
    this.songs.audioUrl(choice.id, 'mp3').subscribe({
      next: (url) => {
        this.audioSrc.set(url);
        queueMicrotask(() => {
          const element = this.player()?.nativeElement;
          if (!element) {
            return;
          }
          element.src = url;
          element.addEventListener(
            'loadedmetadata',
            () => {
              element.currentTime = switchPosition(position, element.duration);
              if (wasPlaying) {
                void element.play();
              }
            },
            { once: true },
          );
        });
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected rate(choice: SongChoice, clicked: 0 | 1): void {
    const rating = nextRating(choice.rating, clicked);
    this.songs.rate(choice.id, rating).subscribe({
      next: () => this.patchChoice({ ...choice, rating }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected download(choice: SongChoice, format: AudioFormat): void {
    this.songs.audioUrl(choice.id, format).subscribe({
      next: (url) => {
        const link = document.createElement('a');
        link.href = url;
        link.download = '';
        link.click();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected save(song: Song): void {
    this.songs
      .update(song.id, { title: this.editTitle().trim() || null, tags: this.editTags() })
      .subscribe({
        next: (updated) => {
          this.replace({ ...song, ...updated });
          this.notifications.info('songs.saved');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected setWorkflow(song: Song, workflow: SongWorkflow): void {
    this.songs.update(song.id, { workflow }).subscribe({
      next: (updated) => this.replace({ ...song, ...updated, workflow }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected cancel(song: Song): void {
    this.songs.cancel(song.task_id ?? song.id).subscribe({
      next: () => this.open(song.id),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected recheck(song: Song): void {
    this.songs.recheck(song.task_id ?? song.id).subscribe({
      next: () => this.open(song.id),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(song: Song): void {
    if (!confirm(this.translate.instant('songs.confirmDelete'))) {
      return;
    }
    this.songs.delete(song.id).subscribe({
      next: () => {
        void this.router.navigate([], { queryParams: {} });
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private open(id: string): void {
    this.songs.get(id).subscribe({
      next: (song) => {
        this.selected.set(song);
        this.editTitle.set(song.title ?? '');
        this.editTags.set(song.tags ?? []);
        this.activeChoice.set(null);
        this.audioSrc.set(null);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private patchChoice(choice: SongChoice): void {
    const song = this.selected();
    if (song) {
      this.selected.set({
        ...song,
        choices: song.choices.map((c) => (c.id === choice.id ? choice : c)),
      });
    }
    if (this.activeChoice()?.id === choice.id) {
      this.activeChoice.set(choice);
    }
  }

  private replace(song: Song): void {
    this.selected.set(song);
    this.page.update((p) =>
      p ? { ...p, items: p.items.map((s) => (s.id === song.id ? song : s)) } : p,
    );
  }
}
