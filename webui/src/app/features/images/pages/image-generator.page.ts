import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import {
  GeneratedImage,
  IMAGE_STYLE_OPTIONS,
  ImageQuality,
  ImageSize,
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
    TranslatePipe,
    TagsInputComponent,
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

  protected readonly sizes: ImageSize[] = ['1024x1024', '1792x1024', '1024x1792'];
  protected readonly qualities: ImageQuality[] = ['standard', 'hd'];
  protected readonly styleFields = Object.keys(IMAGE_STYLE_OPTIONS) as StyleField[];
  protected readonly styleOptions = IMAGE_STYLE_OPTIONS;

  protected readonly enhancement = signal<Enhancement | null>(null);
  protected readonly result = signal<GeneratedImage | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly tags = signal<string[]>([]);
  protected readonly imageUrl = imageUrl;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    prompt: ['', [Validators.required, Validators.maxLength(4000)]],
    size: ['1024x1024' as ImageSize],
    quality: ['standard' as ImageQuality],
    title: [''],
    artistic_style: [''],
    composition: [''],
    lighting: [''],
    color_palette: [''],
    detail_level: [''],
  });

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
    const v = this.form.getRawValue();
    const orNull = (s: string) => s.trim() || null;
    this.error.set(null);
    this.images
      .generate({
        prompt: v.prompt.trim(),
        user_prompt: this.enhancement()?.original ?? v.prompt.trim(),
        size: v.size,
        quality: v.quality,
        title: orNull(v.title),
        tags: this.tags(),
        artistic_style: orNull(v.artistic_style),
        composition: orNull(v.composition),
        lighting: orNull(v.lighting),
        color_palette: orNull(v.color_palette),
        detail_level: orNull(v.detail_level),
      })
      .subscribe({
        next: (image) => this.result.set(image),
        error: (error: unknown) => this.error.set(this.problems.message(error)),
      });
  }
}
