import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { ProgressService } from '../../../core/progress/progress.service';
import { AiHelperService } from '../../../shared/ai/ai-helper.service';
import { LyricsCounterComponent } from '../../../shared/components/lyrics-counter.component';
import { Sketch } from '../../../shared/models/sketch';
import { LyricRuleService } from '../../../shared/services/lyric-rule.service';
import { SketchService } from '../../../shared/services/sketch.service';
import {
  ArchitectureBuilderDialog,
  ArchitectureBuilderResult,
} from '../components/architecture-builder.dialog';
import { SectionType, sectionLabels } from '../domain/architecture';
import {
  applyStructure,
  architectureOf,
  parseSections,
  replaceSection,
} from '../domain/lyric-sections';
import { UndoStack } from '../domain/undo-stack';
import { ArchitectureStoreService } from '../services/architecture-store.service';

/** The AI actions per section, each a `lyrics/*` prompt template. */
export type SectionAction = 'improve-section' | 'rewrite-section' | 'extend-section';

@Component({
  selector: 'app-lyric-editor-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LyricsCounterComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lyric-editor.page.html',
  styleUrl: './lyric-editor.page.scss',
})
export class LyricEditorPage {
  private readonly ai = inject(AiHelperService);
  private readonly rules = inject(LyricRuleService);
  private readonly sketches = inject(SketchService);
  private readonly store = inject(ArchitectureStoreService);
  private readonly dialog = inject(MatDialog);
  private readonly notifications = inject(NotificationService);
  private readonly progress = inject(ProgressService);
  private readonly router = inject(Router);

  private readonly undoStack = new UndoStack<string>();

  protected readonly text = signal('');
  protected readonly title = signal('');
  protected readonly style = signal('');
  protected readonly architecture = signal<SectionType[]>(this.store.load());
  protected readonly architectureLabels = computed(() => sectionLabels(this.architecture()));
  protected readonly sections = computed(() => parseSections(this.text()));
  protected readonly active = signal(0);
  protected readonly activeSection = computed(() => this.sections()[this.active()] ?? null);
  protected readonly suggestion = signal<{ action: SectionAction; text: string } | null>(null);
  protected readonly canUndo = signal(false);
  protected readonly actions: SectionAction[] = [
    'improve-section',
    'rewrite-section',
    'extend-section',
  ];

  /** Typing: one undo step per pause is enough, so only the state before the edit is kept. */
  protected edit(value: string): void {
    this.text.set(value);
  }

  protected rememberBeforeTyping(): void {
    this.remember();
  }

  protected undo(): void {
    const previous = this.undoStack.undo();
    if (previous !== undefined) {
      this.text.set(previous);
      this.suggestion.set(null);
    }
    this.canUndo.set(this.undoStack.canUndo);
  }

  protected openBuilder(): void {
    this.dialog
      .open<ArchitectureBuilderDialog, SectionType[], ArchitectureBuilderResult>(
        ArchitectureBuilderDialog,
        { data: this.architecture(), width: '560px' },
      )
      .afterClosed()
      .subscribe((result) => {
        if (!result) {
          return;
        }
        this.architecture.set(result.types);
        this.store.save(result.types);
        if (result.apply) {
          this.applyStructure();
        }
      });
  }

  protected applyStructure(): void {
    this.change(applyStructure(this.text(), this.architecture()));
    this.active.set(0);
  }

  protected rebuildArchitecture(): void {
    const types = architectureOf(this.text());
    if (!types.length) {
      this.notifications.info('lyricEditor.noSections');
      return;
    }
    this.architecture.set(types);
    this.store.save(types);
    this.notifications.info('lyricEditor.rebuilt');
  }

  protected cleanup(): void {
    this.progress.track('lyricEditor.cleaning', this.rules.apply(this.text())).subscribe({
      next: (result) => {
        this.change(result.text);
        this.notifications.info('lyricEditor.cleaned', { count: result.applied.length });
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected selectSection(index: number): void {
    this.commitSection();
    this.active.set(index);
    this.suggestion.set(null);
  }

  /** The active section's text while it is being typed; written into the lyrics on blur. */
  protected readonly sectionDraft = signal<string | null>(null);

  protected editSection(body: string): void {
    this.sectionDraft.set(body);
  }

  protected commitSection(): void {
    const draft = this.sectionDraft();
    if (draft !== null) {
      this.sectionDraft.set(null);
      this.change(replaceSection(this.text(), this.active(), draft));
    }
  }

  protected runAi(action: SectionAction): void {
    this.commitSection();
    const section = this.activeSection();
    if (!section?.body.trim()) {
      this.notifications.info('lyricEditor.sectionEmpty');
      return;
    }
    this.ai.run('lyrics', action, section.body, this.text()).subscribe({
      next: (text) => this.suggestion.set({ action, text }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected accept(): void {
    const suggestion = this.suggestion();
    if (suggestion) {
      this.change(replaceSection(this.text(), this.active(), suggestion.text));
      this.suggestion.set(null);
    }
  }

  protected discard(): void {
    this.suggestion.set(null);
  }

  protected saveSketch(): void {
    this.createSketch().subscribe({
      next: () => this.notifications.info('lyricEditor.savedAsSketch'),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  /** The song generator starts from a sketch, so the hand-off saves one and opens it there. */
  protected toSongGenerator(): void {
    this.createSketch().subscribe({
      next: (sketch) =>
        void this.router.navigate(['/songs/generate'], { queryParams: { sketch: sketch.id } }),
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private createSketch(): Observable<Sketch> {
    if (!this.style().trim()) {
      return new Observable<Sketch>((subscriber) => {
        this.notifications.info('lyricEditor.styleRequired');
        subscriber.complete();
      });
    }
    return this.sketches.create({
      title: this.title().trim() || null,
      lyrics: this.text(),
      prompt: this.style().trim(),
      tags: [],
      sketch_type: 'song',
    });
  }

  /** Every text operation goes through here, so each one can be undone. */
  private change(next: string): void {
    if (next !== this.text()) {
      this.remember();
      this.text.set(next);
    }
  }

  private remember(): void {
    this.undoStack.push(this.text());
    this.canUndo.set(this.undoStack.canUndo);
  }
}
