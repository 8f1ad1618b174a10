import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import {
  EQUIPMENT_STATUSES,
  EQUIPMENT_TYPES,
  Equipment,
  EquipmentInput,
  EquipmentStatus,
  EquipmentType,
  LICENSE_MANAGEMENTS,
  LicenseManagement,
} from '../models/equipment';
import { EquipmentService } from '../services/equipment.service';

type SecretField = 'password' | 'license_key' | 'price';

@Component({
  selector: 'app-equipment-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    TagsInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './equipment-editor.page.html',
})
export class EquipmentEditorPage {
  private readonly equipment = inject(EquipmentService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Set when editing (route `:id/edit`). */
  readonly id = input<string>();

  protected readonly types = EQUIPMENT_TYPES;
  protected readonly statuses = EQUIPMENT_STATUSES;
  protected readonly licences = LICENSE_MANAGEMENTS;
  protected readonly tags = signal<string[]>([]);
  protected readonly saving = signal(false);
  /** Secrets are typed into password fields, hidden until revealed. */
  protected readonly revealed = signal<Record<SecretField, boolean>>({
    password: false,
    license_key: false,
    price: false,
  });

  protected readonly form = this.fb.group({
    type: this.fb.control<EquipmentType>('Plugin'),
    name: ['', [Validators.required, Validators.maxLength(200)]],
    version: ['', Validators.maxLength(100)],
    manufacturer: ['', Validators.maxLength(200)],
    url: ['', [Validators.maxLength(2048), Validators.pattern(/^(https?:\/\/\S+)?$/)]],
    description: ['', Validators.maxLength(10000)],
    username: ['', Validators.maxLength(200)],
    password: ['', Validators.maxLength(1000)],
    license_management: this.fb.control<LicenseManagement | ''>(''),
    license_key: ['', Validators.maxLength(5000)],
    license_description: ['', Validators.maxLength(2000)],
    purchase_date: [''],
    price: ['', Validators.maxLength(100)],
    system_requirements: ['', Validators.maxLength(10000)],
    status: this.fb.control<EquipmentStatus>('active'),
  });

  private readonly licenceValue = toSignal(this.form.controls.license_management.valueChanges, {
    initialValue: '' as LicenseManagement | '',
  });
  protected readonly needsLicenceDescription = computed(() => this.licenceValue() === 'other');

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) {
        this.equipment.get(id).subscribe({
          next: (item) => this.fill(item),
          error: (error: unknown) => this.notifications.error(error),
        });
      }
    });
  }

  protected toggle(field: SecretField): void {
    this.revealed.update((r) => ({ ...r, [field]: !r[field] }));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    if (v.license_management === 'other' && !v.license_description.trim()) {
      this.notifications.info('equipment.licenceDescriptionRequired');
      return;
    }
    const blank = (s: string) => (s.trim() ? s.trim() : null);
    const input: EquipmentInput = {
      type: v.type,
      name: v.name.trim(),
      version: blank(v.version),
      manufacturer: blank(v.manufacturer),
      url: blank(v.url),
      description: blank(v.description),
      username: blank(v.username),
      // Secrets are kept exactly as typed (a password may end with a space).
      password: v.password === '' ? null : v.password,
      license_management: v.license_management || null,
      license_key: v.license_key === '' ? null : v.license_key,
      license_description: blank(v.license_description),
      purchase_date: blank(v.purchase_date),
      price: blank(v.price),
      system_requirements: blank(v.system_requirements),
      status: v.status,
      software_tags: v.type === 'Software' ? this.tags() : [],
      plugin_tags: v.type === 'Plugin' ? this.tags() : [],
    };
    const id = this.id();
    this.saving.set(true);
    (id ? this.equipment.replace(id, input) : this.equipment.create(input)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notifications.info('equipment.saved');
        void this.router.navigate(['/equipment'], { queryParams: { id: saved.id } });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifications.error(error);
      },
    });
  }

  private fill(item: Equipment): void {
    this.form.reset({
      type: item.type,
      name: item.name,
      version: item.version ?? '',
      manufacturer: item.manufacturer ?? '',
      url: item.url ?? '',
      description: item.description ?? '',
      username: item.username ?? '',
      password: item.password ?? '',
      license_management: item.license_management ?? '',
      license_key: item.license_key ?? '',
      license_description: item.license_description ?? '',
      purchase_date: item.purchase_date ?? '',
      price: item.price ?? '',
      system_requirements: item.system_requirements ?? '',
      status: item.status,
    });
    this.tags.set(item.type === 'Plugin' ? item.plugin_tags : item.software_tags);
  }
}
