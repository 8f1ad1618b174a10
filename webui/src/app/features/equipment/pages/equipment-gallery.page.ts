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
import { Subject, catchError, debounceTime, of, switchMap, tap } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { providePaginatorTranslations } from '../../../core/i18n/paginator-intl';
import { Page } from '../../../core/models/page';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { SecretValueComponent } from '../components/secret-value.component';
import {
  EQUIPMENT_STATUSES,
  EQUIPMENT_TYPES,
  Equipment,
  EquipmentStatus,
  EquipmentSummary,
  EquipmentType,
  LICENSE_MANAGEMENTS,
  LicenseManagement,
} from '../models/equipment';
import { EquipmentService } from '../services/equipment.service';

const PAGE_SIZE = 20;

@Component({
  selector: 'app-equipment-gallery-page',
  providers: [providePaginatorTranslations()],
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
    SecretValueComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './equipment-gallery.page.html',
  styleUrl: './equipment.scss',
})
export class EquipmentGalleryPage implements OnInit {
  private readonly equipment = inject(EquipmentService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  /** The selected item, in the URL. */
  readonly id = input<string>();

  protected readonly q = signal('');
  protected readonly type = signal<EquipmentType | ''>('');
  protected readonly status = signal<EquipmentStatus | ''>('');
  protected readonly licence = signal<LicenseManagement | ''>('');
  protected readonly sort = signal<'created_at' | 'name' | 'purchase_date'>('created_at');
  protected readonly offset = signal(0);
  protected readonly page = signal<Page<EquipmentSummary> | null>(null);
  protected readonly selected = signal<Equipment | null>(null);
  protected readonly types = EQUIPMENT_TYPES;
  protected readonly statuses = EQUIPMENT_STATUSES;
  protected readonly licences = LICENSE_MANAGEMENTS;
  protected readonly pageSize = PAGE_SIZE;

  private readonly reload$ = new Subject<void>();

  constructor() {
    effect(() => {
      const id = this.id();
      if (!id) {
        this.selected.set(null);
        return;
      }
      if (this.selected()?.id !== id) {
        this.equipment.get(id).subscribe({
          next: (item) => this.selected.set(item),
          error: (error: unknown) => this.notifications.error(error),
        });
      }
    });
  }

  ngOnInit(): void {
    this.reload$
      .pipe(
        debounceTime(250),
        switchMap(() =>
          this.equipment
            .list({
              q: this.q().trim(),
              type: this.type(),
              status: this.status(),
              license_management: this.licence(),
              sort: this.sort(),
              order: this.sort() === 'name' ? 'asc' : 'desc',
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
    this.reload$.next();
  }

  protected filtersChanged(): void {
    this.offset.set(0);
    this.reload$.next();
  }

  protected pageChanged(event: PageEvent): void {
    this.offset.set(event.pageIndex * event.pageSize);
    this.reload$.next();
  }

  protected select(item: EquipmentSummary): void {
    void this.router.navigate([], { queryParams: { id: item.id } });
  }

  protected duplicate(item: Equipment): void {
    this.equipment.duplicate(item.id).subscribe({
      next: (copy) => {
        this.notifications.info('equipment.duplicated');
        this.selected.set(copy);
        this.reload$.next();
        void this.router.navigate([], { queryParams: { id: copy.id } });
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(item: Equipment): void {
    if (!confirm(this.translate.instant('equipment.confirmDelete', { name: item.name }))) {
      return;
    }
    this.equipment.delete(item.id).subscribe({
      next: () => {
        this.selected.set(null);
        void this.router.navigate([], { queryParams: {} });
        this.reload$.next();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected tags(item: EquipmentSummary | Equipment): string[] {
    return item.type === 'Plugin' ? item.plugin_tags : item.software_tags;
  }
}
