import { UpperCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemMessageService } from '../../../core/http/problem-message.service';
import { NotificationService } from '../../../core/http/notification.service';
import { AiHelperService } from '../../../shared/ai/ai-helper.service';
import { BudgetLineComponent } from '../../../shared/components/budget-line.component';
import { LocalDatePipe } from '../../../shared/components/local-date.pipe';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { MatSliderModule } from '@angular/material/slider';
import { finalize } from 'rxjs';
import {
  GeneratedImage,
  IMAGE_STYLE_OPTIONS,
  ImageBackground,
  ImageModelCatalogue,
  ImageModeration,
  ImageQuality,
  ImageSize,
  OutputFormat,
  StyleField,
  imageUrl,
} from '../models/image';
import { ImageService } from '../services/image.service';

/** The prompt before an enhancement, so one click can take it back. */
interface Enhancement {
  original: string;
  enhanced: string;
}

@Component({
  selector: 'app-image-generator-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSliderModule,
    TranslatePipe,
    TagsInputComponent,
    LocalDatePipe,
    UpperCasePipe,
    BudgetLineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './image-generator.page.html',
  styleUrl: './image-generator.page.scss',
})
export class ImageGeneratorPage {
  private readonly images = inject(ImageService);
  private readonly ai = inject(AiHelperService);
  private readonly notifications = inject(NotificationService);
  private readonly problems = inject(ProblemMessageService);

  /** Until the catalogue arrives (and if it never does), the API's own options. */
  protected readonly catalogue = signal<ImageModelCatalogue | null>(null);
  protected readonly styleFields = Object.keys(IMAGE_STYLE_OPTIONS) as StyleField[];
  protected readonly styleOptions = IMAGE_STYLE_OPTIONS;

  protected readonly enhancement = signal<Enhancement | null>(null);
  protected readonly result = signal<GeneratedImage | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly tags = signal<string[]>([]);
  protected readonly imageUrl = imageUrl;

  protected readonly busy = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    prompt: ['', [Validators.required, Validators.maxLength(32000)]],
    model: [''],
    size: ['1024x1024' as ImageSize],
    quality: ['auto' as ImageQuality],
    output_format: ['png' as OutputFormat],
    output_compression: [80],
    background: ['auto' as ImageBackground],
    moderation: ['auto' as ImageModeration],
    title: [''],
    artistic_style: [''],
    composition: [''],
    lighting: [''],
    color_palette: [''],
    detail_level: [''],
  });

  private readonly model = toSignal(this.form.controls.model.valueChanges, { initialValue: '' });
  protected readonly format = toSignal(this.form.controls.output_format.valueChanges, {
    initialValue: 'png' as OutputFormat,
  });

  protected readonly models = computed(() => this.catalogue()?.models ?? []);
  protected readonly sizes = computed<ImageSize[]>(
    () => this.catalogue()?.sizes ?? ['1024x1024', '1536x1024', '1024x1536', 'auto'],
  );
  protected readonly formats = computed<OutputFormat[]>(
    () => this.catalogue()?.output_formats ?? ['png', 'webp', 'jpeg'],
  );
  protected readonly backgrounds = computed<ImageBackground[]>(
    () => this.catalogue()?.backgrounds ?? ['auto', 'opaque', 'transparent'],
  );
  protected readonly moderations = computed<ImageModeration[]>(
    () => this.catalogue()?.moderations ?? ['auto', 'low'],
  );
  /** The qualities of the chosen model: GPT Image 2.5 adds xhigh and max. */
  protected readonly qualities = computed<ImageQuality[]>(
    () =>
      this.models().find((m) => m.id === this.model())?.qualities ?? [
        'low',
        'medium',
        'high',
        'auto',
      ],
  );

  constructor() {
    this.images.models().subscribe({
      next: (catalogue) => {
        this.catalogue.set(catalogue);
        if (!this.form.controls.model.value) {
          this.form.controls.model.setValue(catalogue.default_model);
        }
      },
      error: () => this.catalogue.set(null),
    });
    // A quality or background the new choice cannot take falls back to auto, not to a 400.
    this.form.controls.model.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (!this.qualities().includes(this.form.controls.quality.value)) {
        this.form.controls.quality.setValue('auto');
      }
    });
    this.form.controls.output_format.valueChanges.pipe(takeUntilDestroyed()).subscribe((format) => {
      if (format === 'jpeg' && this.form.controls.background.value === 'transparent') {
        this.form.controls.background.setValue('auto');
      }
    });
  }

  /** Runs the `images/enhance` template on the prompt; the original stays one click away. */
  protected enhance(): void {
    const original = this.form.controls.prompt.value.trim();
    if (!original) {
      this.form.controls.prompt.markAsTouched();
      return;
    }
    this.ai.run('images', 'enhance', original).subscribe({
      next: (enhanced) => {
        this.enhancement.set({ original, enhanced });
        this.form.controls.prompt.setValue(enhanced);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected undoEnhance(): void {
    const enhancement = this.enhancement();
    if (enhancement) {
      this.form.controls.prompt.setValue(enhancement.original);
      this.enhancement.set(null);
    }
  }

  protected generate(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (this.busy()) {
      return; // one paid call at a time
    }
    const v = this.form.getRawValue();
    const orNull = (s: string) => s.trim() || null;
    this.error.set(null);
    this.busy.set(true);
    this.images
      .generate({
        prompt: v.prompt.trim(),
        user_prompt: this.enhancement()?.original ?? v.prompt.trim(),
        model: orNull(v.model),
        size: v.size,
        quality: v.quality,
        output_format: v.output_format,
        output_compression: v.output_format === 'png' ? null : v.output_compression,
        background: v.background,
        moderation: v.moderation,
        title: orNull(v.title),
        tags: this.tags(),
        artistic_style: orNull(v.artistic_style),
        composition: orNull(v.composition),
        lighting: orNull(v.lighting),
        color_palette: orNull(v.color_palette),
        detail_level: orNull(v.detail_level),
      })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (image) => this.result.set(image),
        error: (error: unknown) => this.error.set(this.problems.message(error)),
      });
  }
}
