import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
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
import { listState } from '../../../shared/list/list-state';
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

const EQUIPMENT_SORTS = ['created_at', 'name', 'purchase_date'] as const;

interface EquipmentFilters {
  q: string;
  type: EquipmentType | '';
  status: EquipmentStatus | '';
  licence: LicenseManagement | '';
  sort: (typeof EQUIPMENT_SORTS)[number];
}

@Component({
  selector: 'app-equipment-gallery-page',
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
    SecretValueComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './equipment-gallery.page.html',
  styleUrl: './equipment.scss',
})
export class EquipmentGalleryPage {
  private readonly equipment = inject(EquipmentService);
  private readonly notifications = inject(NotificationService);
  private readonly translate = inject(TranslateService);

  /** The selected item, in the URL. */
  readonly id = input<string>();

  protected readonly list = listState<EquipmentSummary, EquipmentFilters, Equipment>({
    filters: { q: '', type: '', status: '', licence: '', sort: 'created_at' },
    pageSize: 20,
    load: (f, paging) =>
      this.equipment.list({
        q: f.q.trim(),
        type: f.type,
        status: f.status,
        license_management: f.licence,
        sort: f.sort,
        order: f.sort === 'name' ? 'asc' : 'desc',
        ...paging,
      }),
    selectedId: this.id,
    open: (id) => this.equipment.get(id),
  });
  protected readonly types = filterOptions(EQUIPMENT_TYPES, 'equipment.type.');
  protected readonly statuses = filterOptions(EQUIPMENT_STATUSES, 'equipment.status.');
  protected readonly licences = filterOptions(LICENSE_MANAGEMENTS, 'equipment.licence.');
  protected readonly sorts = filterOptions(EQUIPMENT_SORTS, 'equipment.sort.');

  protected duplicate(item: Equipment): void {
    this.equipment.duplicate(item.id).subscribe({
      next: (copy) => {
        this.notifications.info('equipment.duplicated');
        this.list.show(copy);
        this.list.reload();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected remove(item: Equipment): void {
    this.list.confirmDelete(
      this.translate.instant('equipment.confirmDelete', { name: item.name }),
      () => this.equipment.delete(item.id),
    );
  }

  protected tags(item: EquipmentSummary | Equipment): string[] {
    return item.type === 'Plugin' ? item.plugin_tags : item.software_tags;
  }
}
