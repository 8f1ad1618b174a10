import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import {
  FilterSelectComponent,
  filterOptions,
} from '../../../shared/components/filter-select.component';
import { FilterTextComponent } from '../../../shared/components/filter-text.component';
import { ListDetailComponent } from '../../../shared/components/list-detail.component';
import {
  ListDetailDirective,
  ListItemDirective,
} from '../../../shared/components/list-templates.directive';
import { LyricsCounterComponent } from '../../../shared/components/lyrics-counter.component';
import { listState } from '../../../shared/list/list-state';
import { SKETCH_MOVES, Sketch, SketchWorkflow } from '../../../shared/models/sketch';
import { SketchService } from '../../../shared/services/sketch.service';

interface SketchFilters {
  q: string;
  workflow: SketchWorkflow | '';
  tag: string;
}

@Component({
  selector: 'app-sketch-library-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    FilterSelectComponent,
    FilterTextComponent,
    TranslatePipe,
    ListDetailComponent,
    ListItemDirective,
    ListDetailDirective,
    LyricsCounterComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sketch-library.page.html',
  styleUrl: './sketch-library.page.scss',
})
export class SketchLibraryPage {
  private readonly sketches = inject(SketchService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);

  /** The selected sketch, kept in the URL so a detail can be linked and reloaded. */
  readonly id = input<string>();

  protected readonly list = listState<Sketch, SketchFilters>({
    filters: { q: '', workflow: '', tag: '' },
    pageSize: 20,
    load: (f, paging) =>
      this.sketches.list({
        q: f.q.trim(),
        workflow: f.workflow,
        tag: f.tag.trim().toLowerCase(),
        ...paging,
      }),
    selectedId: this.id,
    open: (id) => this.sketches.get(id),
    itemIsDetail: true,
  });
  protected readonly workflows = filterOptions<SketchWorkflow>(
    ['draft', 'used', 'archived'],
    'sketches.workflow.',
  );
  protected readonly moves = SKETCH_MOVES;

  protected move(sketch: Sketch, workflow: SketchWorkflow): void {
    this.sketches.move(sketch.id, workflow).subscribe({
      next: (updated) => this.list.replace(updated),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected duplicate(sketch: Sketch): void {
    this.sketches.duplicate(sketch.id).subscribe({
      next: (copy) => {
        this.notifications.info('sketches.duplicated');
        this.list.reload();
        this.list.show(copy);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(sketch: Sketch): void {
    this.list.confirmDelete(
      this.translate.instant('sketches.confirmDelete', { title: sketch.title ?? '' }),
      () => this.sketches.delete(sketch.id),
    );
  }

  protected generateSong(sketch: Sketch): void {
    void this.router.navigate(['/songs/generate'], { queryParams: { sketch: sketch.id } });
  }
}
