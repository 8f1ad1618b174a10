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
import { UpperCasePipe } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Subject, catchError, debounceTime, of, switchMap } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { providePaginatorTranslations } from '../../../core/i18n/paginator-intl';
import { Page } from '../../../core/models/page';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import {
  GeneratedImage,
  IMAGE_STYLE_OPTIONS,
  ImageQuery,
  imageFormat,
  imageUrl,
} from '../models/image';
import { ImageService } from '../services/image.service';

const PAGE_SIZE = 24;

@Component({
  selector: 'app-image-view-page',
  providers: [providePaginatorTranslations()],
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatPaginatorModule,
    TranslatePipe,
    EmptyStateComponent,
    LocalDatePipe,
    UpperCasePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './image-view.page.html',
  styleUrl: './image-view.page.scss',
})
export class ImageViewPage implements OnInit {
  private readonly images = inject(ImageService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** The image shown in the detail panel (query parameter). */
  readonly id = input<string>();

  protected readonly query = signal<ImageQuery>({ sort: 'created_at', order: 'desc', offset: 0 });
  protected readonly page = signal<Page<GeneratedImage> | null>(null);
  protected readonly selected = signal<GeneratedImage | null>(null);
  protected readonly checked = signal<ReadonlySet<string>>(new Set());
  protected readonly compositions = IMAGE_STYLE_OPTIONS.composition;
  protected readonly styles = IMAGE_STYLE_OPTIONS.artistic_style;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly imageUrl = imageUrl;
  protected readonly formatOf = imageFormat;
  private readonly reload$ = new Subject<void>();

  constructor() {
    effect(() => {
      const id = this.id();
      if (id && this.selected()?.id !== id) {
        this.images.get(id).subscribe({
          next: (image) => this.selected.set(image),
          error: (error: unknown) => this.notifications.error(error),
        });
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
          this.images.list({ ...this.query(), limit: PAGE_SIZE }).pipe(
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

  protected setFilter<K extends keyof ImageQuery>(key: K, value: ImageQuery[K]): void {
    this.query.update((q) => ({ ...q, [key]: value, offset: 0 }));
    this.reload$.next();
  }

  protected pageChanged(event: PageEvent): void {
    this.query.update((q) => ({ ...q, offset: event.pageIndex * event.pageSize }));
    this.reload$.next();
  }

  protected select(image: GeneratedImage): void {
    this.selected.set(image);
    void this.router.navigate([], { queryParams: { id: image.id } });
  }

  protected toggleChecked(id: string, on: boolean): void {
    this.checked.update((set) => {
      const next = new Set(set);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected toggleStar(image: GeneratedImage): void {
    this.images.update(image.id, { starred: !image.starred }).subscribe({
      next: (updated) => this.replace({ ...image, ...updated, starred: !image.starred }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected download(image: GeneratedImage): void {
    this.images.download(image.id).subscribe({
      next: (blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `${(image.title || 'image').replace(/[^\w-]+/g, '_')}.png`;
        link.click();
        URL.revokeObjectURL(link.href);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(image: GeneratedImage): void {
    if (!confirm(this.translate.instant('images.confirmDelete'))) {
      return;
    }
    this.images.delete(image.id).subscribe({
      next: () => {
        this.selected.set(null);
        void this.router.navigate([], { queryParams: {} });
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected bulkDelete(): void {
    const ids = [...this.checked()];
    if (
      !ids.length ||
      !confirm(this.translate.instant('images.confirmBulkDelete', { count: ids.length }))
    ) {
      return;
    }
    this.images.bulkDelete(ids).subscribe({
      next: (result) => {
        this.notifications.info('images.bulkDeleted', { count: result.deleted.length });
        this.checked.set(new Set());
        if (this.selected() && ids.includes(this.selected()!.id)) {
          this.selected.set(null);
        }
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected addText(image: GeneratedImage): void {
    void this.router.navigate(['/images/overlay'], { queryParams: { image: image.id } });
  }

  private replace(updated: GeneratedImage): void {
    if (this.selected()?.id === updated.id) {
      this.selected.set(updated);
    }
    this.page.update((p) =>
      p ? { ...p, items: p.items.map((i) => (i.id === updated.id ? updated : i)) } : p,
    );
  }
}
