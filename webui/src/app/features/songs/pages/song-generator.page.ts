import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  computed,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, Observable } from 'rxjs';
import { ProblemMessageService } from '../../../core/http/problem-message.service';
import { NotificationService } from '../../../core/http/notification.service';
import { AiHelperService } from '../../../shared/ai/ai-helper.service';
import { BudgetLineComponent } from '../../../shared/components/budget-line.component';
import { countLyrics } from '../../../shared/components/lyrics-counter';
import { LyricsCounterComponent } from '../../../shared/components/lyrics-counter.component';
import { Sketch } from '../../../shared/models/sketch';
import { SketchService } from '../../../shared/services/sketch.service';
import {
  FINAL_STATUSES,
  MUREKA_MODELS,
  MurekaModel,
  SongProgress,
  SongTaskAccepted,
} from '../models/song';
import { SongEventsService } from '../services/song-events.service';
import { SongService } from '../services/song.service';

@Component({
  selector: 'app-song-generator-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatProgressBarModule,
    TranslatePipe,
    LyricsCounterComponent,
    BudgetLineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './song-generator.page.html',
})
export class SongGeneratorPage implements OnInit {
  private readonly songs = inject(SongService);
  private readonly events = inject(SongEventsService);
  private readonly sketches = inject(SketchService);
  private readonly ai = inject(AiHelperService);
  private readonly notifications = inject(NotificationService);
  private readonly problems = inject(ProblemMessageService);
  private readonly destroyRef = inject(DestroyRef);

  /** Start from this sketch (query parameter `sketch`). */
  readonly sketch = input<string>();

  protected readonly models = MUREKA_MODELS;
  protected readonly sourceSketch = signal<Sketch | null>(null);
  protected readonly lyrics = signal('');
  protected readonly job = signal<SongTaskAccepted | null>(null);
  protected readonly progress = signal<SongProgress | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly finalStatuses = FINAL_STATUSES;
  /** A queued job takes one generation and a failed one gives it back: read the budget again. */
  protected readonly budgetRefresh = computed(
    () => `${this.job()?.task_id ?? ''}:${this.progress()?.status ?? ''}:${this.error() ?? ''}`,
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    instrumental: [false],
    lyrics: [''],
    prompt: ['', [Validators.required, Validators.maxLength(1024)]],
    model: ['auto' as MurekaModel],
    title: [''],
  });

  constructor() {
    this.form.controls.lyrics.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((v) => this.lyrics.set(v));
  }

  ngOnInit(): void {
    const id = this.sketch();
    if (id) {
      this.sketches.get(id).subscribe({
        next: (sketch) => {
          this.sourceSketch.set(sketch);
          this.form.patchValue({
            instrumental: sketch.sketch_type === 'instrumental',
            lyrics: sketch.lyrics ?? '',
            prompt: sketch.prompt,
            title: sketch.title ?? '',
          });
        },
        error: (error: unknown) => this.notifications.error(error),
      });
    }
  }

  protected enhanceStyle(): void {
    const style = this.form.controls.prompt.value.trim();
    if (!style) {
      this.form.controls.prompt.markAsTouched();
      return;
    }
    this.ai.run('songs', 'enhance-style', style).subscribe({
      next: (enhanced) => this.form.controls.prompt.setValue(enhanced.slice(0, 1024)),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected generateTitle(): void {
    const v = this.form.getRawValue();
    const input = v.lyrics.trim() || v.prompt.trim();
    if (!input) {
      this.notifications.info('sketches.titleNeedsText');
      return;
    }
    this.ai.run('songs', 'generate-title', input).subscribe({
      next: (title) => this.form.controls.title.setValue(title.replace(/^["'“„]+|["'”“]+$/g, '')),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    if (this.form.invalid || (!v.instrumental && !v.lyrics.trim())) {
      this.form.markAllAsTouched();
      this.error.set(null);
      if (!v.instrumental && !v.lyrics.trim()) {
        this.notifications.info('songs.lyricsRequired');
      }
      return;
    }
    if (!v.instrumental && countLyrics(v.lyrics).level === 'over') {
      this.notifications.info('songs.lyricsTooLong');
      return;
    }
    const sketch = this.sourceSketch();
    const title = v.title.trim() || null;
    const request: Observable<SongTaskAccepted> = v.instrumental
      ? this.songs.generateInstrumental({ prompt: v.prompt.trim(), model: v.model, title })
      : this.songs.generate({
          lyrics: v.lyrics,
          prompt: v.prompt.trim(),
          model: v.model,
          title,
          sketch_id: sketch?.id ?? null,
        });
    this.error.set(null);
    this.progress.set(null);
    request.subscribe({
      next: (accepted) => {
        this.job.set(accepted);
        this.progress.set({
          task_id: accepted.task_id,
          song_id: accepted.song_id,
          status: accepted.status,
        });
        this.markSketchUsed(sketch);
        this.follow(accepted.task_id);
      },
      error: (error: unknown) => this.error.set(this.problems.message(error)),
    });
  }

  /** The sketch has become a song: move it from draft to used (already used stays as it is). */
  private markSketchUsed(sketch: Sketch | null): void {
    if (sketch && sketch.workflow === 'draft') {
      this.sketches
        .move(sketch.id, 'used')
        .pipe(catchError(() => EMPTY))
        .subscribe((updated) => this.sourceSketch.set(updated));
    }
  }

  private follow(taskId: string): void {
    this.events
      .watch(taskId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (update) => this.progress.set(update),
        error: (error: unknown) => this.error.set(this.problems.message(error)),
      });
  }
}
