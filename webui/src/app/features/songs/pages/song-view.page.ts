import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import {
  FilterSelectComponent,
  FilterOption,
  filterOptions,
} from '../../../shared/components/filter-select.component';
import { FilterTextComponent } from '../../../shared/components/filter-text.component';
import { ListDetailComponent } from '../../../shared/components/list-detail.component';
import {
  ListDetailDirective,
  ListItemDirective,
} from '../../../shared/components/list-templates.directive';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { listState } from '../../../shared/list/list-state';
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

/** The list's filters: everything of a song query but the paging. */
type SongFilters = Omit<SongQuery, 'limit' | 'offset'>;

@Component({
  selector: 'app-song-view-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FilterSelectComponent,
    FilterTextComponent,
    ListDetailComponent,
    ListItemDirective,
    ListDetailDirective,
    TagsInputComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './song-view.page.html',
  styleUrl: './song-view.page.scss',
})
export class SongViewPage {
  private readonly songs = inject(SongService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);

  readonly id = input<string>();

  private readonly player = viewChild<ElementRef<HTMLAudioElement>>('player');

  protected readonly list = listState<Song, SongFilters>({
    filters: {},
    pageSize: 20,
    load: (filters, paging) => this.songs.list({ ...filters, ...paging }),
    selectedId: this.id,
    open: (id) => this.songs.get(id),
    opened: (song) => {
      this.editTitle.set(song.title ?? '');
      this.editTags.set(song.tags ?? []);
      this.activeChoice.set(null);
      this.audioSrc.set(null);
    },
  });
  protected readonly activeChoice = signal<SongChoice | null>(null);
  protected readonly audioSrc = signal<string | null>(null);
  protected readonly editTitle = signal('');
  protected readonly editTags = signal<string[]>([]);
  protected readonly statuses = filterOptions<SongStatus>(
    ['PENDING', 'PROGRESS', 'SUCCESS', 'FAILURE', 'CANCELLED'],
    'songs.statusValue.',
  );
  protected readonly workflows: SongWorkflow[] = ['onWork', 'inUse', 'notUsed'];
  protected readonly workflowOptions = filterOptions(this.workflows, 'songs.workflow.');
  protected readonly kinds: FilterOption<boolean>[] = [
    { value: false, label: 'songs.withLyrics' },
    { value: true, label: 'songs.instrumentalOnly' },
  ];
  protected readonly ratings: FilterOption<boolean>[] = [
    { value: true, label: 'songs.ratedOnly' },
    { value: false, label: 'songs.unratedOnly' },
  ];
  protected readonly formatDuration = formatDuration;

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
          this.list.replace({ ...song, ...updated });
          this.notifications.info('songs.saved');
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected setWorkflow(song: Song, workflow: SongWorkflow): void {
    this.songs.update(song.id, { workflow }).subscribe({
      next: (updated) => this.list.replace({ ...song, ...updated, workflow }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected cancel(song: Song): void {
    this.songs.cancel(song.task_id ?? song.id).subscribe({
      next: () => this.list.open(song.id),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected recheck(song: Song): void {
    this.songs.recheck(song.task_id ?? song.id).subscribe({
      next: () => this.list.open(song.id),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(song: Song): void {
    this.list.confirmDelete(this.translate.instant('songs.confirmDelete'), () =>
      this.songs.delete(song.id),
    );
  }

  private patchChoice(choice: SongChoice): void {
    const song = this.list.selected();
    if (song) {
      this.list.selected.set({
        ...song,
        choices: song.choices.map((c) => (c.id === choice.id ? choice : c)),
      });
    }
    if (this.activeChoice()?.id === choice.id) {
      this.activeChoice.set(choice);
    }
  }
}
