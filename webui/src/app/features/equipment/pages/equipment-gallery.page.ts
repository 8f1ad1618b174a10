import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
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

interface EquipmentFilters {
  q: string;
  type: EquipmentType | '';
  status: EquipmentStatus | '';
  licence: LicenseManagement | '';
  sort: 'created_at' | 'name' | 'purchase_date';
}

@Component({
  selector: 'app-equipment-gallery-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
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
  protected readonly types = EQUIPMENT_TYPES;
  protected readonly statuses = EQUIPMENT_STATUSES;
  protected readonly licences = LICENSE_MANAGEMENTS;

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
