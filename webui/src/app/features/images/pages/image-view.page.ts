import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { UpperCasePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';
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
  ListBodyDirective,
  ListDetailDirective,
} from '../../../shared/components/list-templates.directive';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { listState } from '../../../shared/list/list-state';
import {
  GeneratedImage,
  IMAGE_STYLE_OPTIONS,
  ImageQuery,
  imageFormat,
  imageUrl,
} from '../models/image';
import { ImageService } from '../services/image.service';

/** The gallery's filters: everything of an image query but the paging. */
type ImageFilters = Omit<ImageQuery, 'limit' | 'offset'>;

@Component({
  selector: 'app-image-view-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    TranslatePipe,
    FilterSelectComponent,
    FilterTextComponent,
    ListDetailComponent,
    ListBodyDirective,
    ListDetailDirective,
    LocalDatePipe,
    UpperCasePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './image-view.page.html',
  styleUrl: './image-view.page.scss',
})
export class ImageViewPage {
  private readonly images = inject(ImageService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);

  /** The image shown in the detail panel (query parameter). */
  readonly id = input<string>();

  protected readonly list = listState<GeneratedImage, ImageFilters>({
    filters: { sort: 'created_at', order: 'desc' },
    pageSize: 24,
    load: (filters, paging) => this.images.list({ ...filters, ...paging }),
    selectedId: this.id,
    open: (id) => this.images.get(id),
    itemIsDetail: true,
  });
  protected readonly checked = signal<ReadonlySet<string>>(new Set());
  protected readonly compositions = filterOptions(
    IMAGE_STYLE_OPTIONS.composition,
    'images.option.',
  );
  protected readonly styles = filterOptions(IMAGE_STYLE_OPTIONS.artistic_style, 'images.option.');
  protected readonly starredOptions: FilterOption<boolean>[] = [
    { value: true, label: 'images.starredOnly' },
  ];
  protected readonly overlayOptions: FilterOption<boolean>[] = [
    { value: true, label: 'images.withText' },
    { value: false, label: 'images.withoutText' },
  ];
  protected readonly sorts: FilterOption<string>[] = [
    { value: 'created_at:desc', label: 'sort.newest' },
    { value: 'created_at:asc', label: 'sort.oldest' },
    { value: 'title:asc', label: 'sort.titleAsc' },
    { value: 'title:desc', label: 'sort.titleDesc' },
  ];
  protected readonly imageUrl = imageUrl;
  protected readonly formatOf = imageFormat;

  /** The sort select names field and direction at once (`created_at:desc`). */
  protected sortBy(value: string): void {
    const [sort, order] = value.split(':') as [ImageFilters['sort'], ImageFilters['order']];
    this.list.setFilters({ sort, order });
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
      next: (updated) => this.list.replace({ ...image, ...updated, starred: !image.starred }),
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
    this.list.confirmDelete(this.translate.instant('images.confirmDelete'), () =>
      this.images.delete(image.id),
    );
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
        const selected = this.list.selected();
        if (selected && ids.includes(selected.id)) {
          this.list.clearSelection();
        }
        this.list.reload();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected addText(image: GeneratedImage): void {
    void this.router.navigate(['/images/overlay'], { queryParams: { image: image.id } });
  }
}
