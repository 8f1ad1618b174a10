import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth/auth.service';
import { NotificationService } from '../../../core/http/notification.service';
import { AiHelperService } from '../../../shared/ai/ai-helper.service';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import { PromptTemplate, TemplatesByCategory } from '../models/prompt-template';
import { PromptTemplateService } from '../services/prompt-template.service';

@Component({
  selector: 'app-prompt-templates-page',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './prompt-templates.page.html',
  styleUrl: './prompt-templates.page.scss',
})
export class PromptTemplatesPage implements OnInit {
  private readonly templates = inject(PromptTemplateService);
  private readonly ai = inject(AiHelperService);
  private readonly notifications = inject(NotificationService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translate = inject(TranslateService);

  /** Route data: the music style page shows only this category. */
  readonly fixedCategory = input<string>();

  protected readonly all = signal<TemplatesByCategory>({});
  protected readonly category = signal('');
  protected readonly categories = computed(() =>
    this.fixedCategory() ? [this.fixedCategory() as string] : Object.keys(this.all()),
  );
  protected readonly visible = computed(() => this.all()[this.category()] ?? []);
  protected readonly selected = signal<PromptTemplate | null>(null);
  protected readonly isAdmin = this.auth.isAdmin;
  /** True while an admin writes a new template (category and action become editable). */
  protected readonly creating = signal(false);
  protected readonly newKey = this.fb.group({
    category: ['', [Validators.required, Validators.pattern(/^[a-z0-9-]{1,50}$/)]],
    action: ['', [Validators.required, Validators.pattern(/^[a-z0-9-]{1,50}$/)]],
  });
  protected readonly tryInput = signal('');
  protected readonly tryContext = signal('');
  protected readonly tryAnswer = signal<string | null>(null);

  protected readonly form = this.fb.group({
    description: [''],
    pre_condition: ['', [Validators.required, Validators.maxLength(20000)]],
    post_condition: ['', Validators.maxLength(20000)],
    model: ['', [Validators.required, Validators.maxLength(100)]],
    temperature: [0.7, [Validators.required, Validators.min(0), Validators.max(2)]],
    max_tokens: [256, [Validators.required, Validators.min(1), Validators.max(32768)]],
    active: [true],
  });

  ngOnInit(): void {
    this.load();
  }

  protected pickCategory(category: string): void {
    this.category.set(category);
    this.selected.set(null);
  }

  protected startNew(): void {
    this.selected.set(null);
    this.creating.set(true);
    this.newKey.reset({ category: this.fixedCategory() ?? this.category(), action: '' });
    this.form.enable();
    this.form.reset({
      description: '',
      pre_condition: '',
      post_condition: '',
      model: this.visible()[0]?.model ?? '',
      temperature: 0.7,
      max_tokens: 256,
      active: true,
    });
  }

  protected remove(template: PromptTemplate): void {
    const key = `${template.category}/${template.action}`;
    if (!confirm(this.translate.instant('templates.confirmDelete', { key }))) {
      return;
    }
    this.templates.delete(template.category, template.action).subscribe({
      next: () => {
        this.selected.set(null);
        this.load();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected select(template: PromptTemplate): void {
    this.creating.set(false);
    this.selected.set(template);
    this.tryAnswer.set(null);
    this.form.reset({
      description: template.description ?? '',
      pre_condition: template.pre_condition,
      post_condition: template.post_condition ?? '',
      model: template.model,
      temperature: template.temperature,
      max_tokens: template.max_tokens,
      active: template.active,
    });
    if (!this.isAdmin()) {
      this.form.disable();
    } else {
      this.form.enable();
    }
  }

  protected save(): void {
    if (this.creating()) {
      this.create();
      return;
    }
    const template = this.selected();
    if (!template || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.templates
      .update(template.category, template.action, {
        ...v,
        description: v.description.trim() || null,
        post_condition: v.post_condition,
      })
      .subscribe({
        next: (updated) => {
          this.notifications.info('templates.saved', { version: updated.version });
          this.replace(updated);
          this.select(updated);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  /** Runs the stored template (save first to try an edit) through generate-unified. */
  protected tryIt(): void {
    const template = this.selected();
    if (!template || !this.tryInput().trim()) {
      return;
    }
    this.ai
      .run(
        template.category,
        template.action,
        this.tryInput(),
        this.tryContext().trim() || undefined,
      )
      .subscribe({
        next: (answer) => this.tryAnswer.set(answer),
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private create(): void {
    if (this.form.invalid || this.newKey.invalid) {
      this.form.markAllAsTouched();
      this.newKey.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.templates
      .create({ ...this.newKey.getRawValue(), ...v, description: v.description.trim() || null })
      .subscribe({
        next: (created) => {
          this.notifications.info('templates.created');
          this.all.update((all) => ({
            ...all,
            [created.category]: [...(all[created.category] ?? []), created],
          }));
          this.category.set(created.category);
          this.select(created);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  private load(): void {
    this.templates.all().subscribe({
      next: (all) => {
        this.all.set(all);
        const first = this.fixedCategory() ?? Object.keys(all)[0] ?? '';
        if (!this.category() || !all[this.category()]) {
          this.category.set(first);
        }
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private replace(updated: PromptTemplate): void {
    this.all.update((all) => ({
      ...all,
      [updated.category]: (all[updated.category] ?? []).map((t) =>
        t.id === updated.id ? updated : t,
      ),
    }));
  }
}
