import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationService } from '../../../core/http/notification.service';
import { AiHelperService } from '../../../shared/ai/ai-helper.service';
import { LyricsCounterComponent } from '../../../shared/components/lyrics-counter.component';
import { TagsInputComponent } from '../../../shared/components/tags-input.component';
import { SketchInput, SketchType } from '../../../shared/models/sketch';
import { SketchService } from '../../../shared/services/sketch.service';

@Component({
  selector: 'app-sketch-creator-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LyricsCounterComponent,
    TagsInputComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sketch-creator.page.html',
})
export class SketchCreatorPage implements OnInit {
  private readonly sketches = inject(SketchService);
  private readonly ai = inject(AiHelperService);
  private readonly notifications = inject(NotificationService);
  private readonly router = inject(Router);

  /** Route parameter: set when editing an existing sketch. */
  readonly id = input<string>();

  protected readonly saving = signal(false);
  protected readonly tags = signal<string[]>([]);
  protected readonly lyrics = signal('');
  protected readonly types: SketchType[] = ['song', 'instrumental'];

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.maxLength(500)]],
    prompt: ['', [Validators.required, Validators.maxLength(1024)]],
    lyrics: [''],
    sketch_type: ['song' as SketchType],
  });

  constructor() {
    this.form.controls.lyrics.valueChanges.subscribe((value) => this.lyrics.set(value));
  }

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      // Nothing typed before the sketch arrives would survive: the form waits for it.
      this.form.disable();
      this.sketches.get(id).subscribe({
        next: (sketch) => {
          this.form.enable();
          this.form.setValue({
            title: sketch.title ?? '',
            prompt: sketch.prompt,
            lyrics: sketch.lyrics ?? '',
            sketch_type: sketch.sketch_type,
          });
          this.tags.set(sketch.tags);
        },
        error: (error: unknown) => this.notifications.error(error),
      });
    }
  }

  /** Asks the `sketches/generate-title` template for a title from the lyrics (or the style). */
  protected suggestTitle(): void {
    const value = this.form.getRawValue();
    const input = value.lyrics.trim() || value.prompt.trim();
    if (!input) {
      this.notifications.info('sketches.titleNeedsText');
      return;
    }
    this.ai.run('sketches', 'generate-title', input).subscribe({
      next: (title) => this.form.controls.title.setValue(stripQuotes(title)),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: SketchInput = {
      title: value.title.trim() || null,
      prompt: value.prompt.trim(),
      lyrics: value.lyrics || null,
      tags: this.tags(),
      sketch_type: value.sketch_type,
    };
    const id = this.id();
    const request = id ? this.sketches.update(id, body) : this.sketches.create(body);
    this.saving.set(true);
    request.subscribe({
      next: (sketch) => {
        this.saving.set(false);
        this.notifications.info('sketches.saved');
        void this.router.navigate(['/sketches'], { queryParams: { id: sketch.id } });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifications.error(error);
      },
    });
  }
}

/** Models like to wrap a title in quotes despite being asked not to. */
export function stripQuotes(text: string): string {
  return text.replace(/^["'“„«]+|["'”“»]+$/g, '').trim();
}
