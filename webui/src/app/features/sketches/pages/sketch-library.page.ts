import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Subject, debounceTime, switchMap, catchError, of, tap } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { providePaginatorTranslations } from '../../../core/i18n/paginator-intl';
import { Page } from '../../../core/models/page';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { LyricsCounterComponent } from '../../../shared/components/lyrics-counter.component';
import { SKETCH_MOVES, Sketch, SketchWorkflow } from '../../../shared/models/sketch';
import { SketchService } from '../../../shared/services/sketch.service';

const PAGE_SIZE = 20;

@Component({
  selector: 'app-sketch-library-page',
  providers: [providePaginatorTranslations()],
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    TranslatePipe,
    EmptyStateComponent,
    LyricsCounterComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sketch-library.page.html',
  styleUrl: './sketch-library.page.scss',
})
export class SketchLibraryPage implements OnInit {
  private readonly sketches = inject(SketchService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** The selected sketch, kept in the URL so a detail can be linked and reloaded. */
  readonly id = input<string>();

  protected readonly q = signal('');
  protected readonly workflow = signal<SketchWorkflow | ''>('');
  protected readonly tag = signal('');
  protected readonly offset = signal(0);
  protected readonly page = signal<Page<Sketch> | null>(null);
  protected readonly selected = signal<Sketch | null>(null);
  protected readonly workflows: SketchWorkflow[] = ['draft', 'used', 'archived'];
  protected readonly moves = SKETCH_MOVES;
  protected readonly pageSize = PAGE_SIZE;

  private readonly reload$ = new Subject<number>();

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) {
        this.selected.set(null);
        return;
      }
      if (this.selected()?.id === id) {
        return;
      }
      this.sketches.get(id).subscribe({
        next: (sketch) => this.selected.set(sketch),
        error: (error: unknown) => this.notifications.error(error),
      });
    });
  }

  ngOnInit(): void {
    this.reload$
      .pipe(
        debounceTime(250),
        switchMap(() =>
          this.sketches
            .list({
              q: this.q().trim(),
              workflow: this.workflow(),
              tag: this.tag().trim().toLowerCase(),
              limit: PAGE_SIZE,
              offset: this.offset(),
            })
            .pipe(
              catchError((error: unknown) => {
                this.notifications.error(error);
                return of(null);
              }),
            ),
        ),
        tap((page) => page && this.page.set(page)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
    this.reload$.next(0);
  }

  protected filtersChanged(): void {
    this.offset.set(0);
    this.reload$.next(0);
  }

  protected pageChanged(event: PageEvent): void {
    this.offset.set(event.pageIndex * event.pageSize);
    this.reload$.next(0);
  }

  protected select(sketch: Sketch): void {
    this.selected.set(sketch);
    void this.router.navigate([], { queryParams: { id: sketch.id } });
  }

  protected move(sketch: Sketch, workflow: SketchWorkflow): void {
    this.sketches.move(sketch.id, workflow).subscribe({
      next: (updated) => this.replace(updated),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected duplicate(sketch: Sketch): void {
    this.sketches.duplicate(sketch.id).subscribe({
      next: (copy) => {
        this.notifications.info('sketches.duplicated');
        this.reload$.next(0);
        this.select(copy);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(sketch: Sketch): void {
    if (!confirm(this.translate.instant('sketches.confirmDelete', { title: sketch.title ?? '' }))) {
      return;
    }
    this.sketches.delete(sketch.id).subscribe({
      next: () => {
        this.selected.set(null);
        void this.router.navigate([], { queryParams: {} });
        this.reload$.next(0);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected generateSong(sketch: Sketch): void {
    void this.router.navigate(['/songs/generate'], { queryParams: { sketch: sketch.id } });
  }

  private replace(updated: Sketch): void {
    this.selected.set(updated);
    this.page.update((page) =>
      page ? { ...page, items: page.items.map((s) => (s.id === updated.id ? updated : s)) } : page,
    );
  }
}
