import { CdkDrag, CdkDragDrop, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { SECTION_TYPES, SectionType, sectionLabels } from '../domain/architecture';

export interface ArchitectureBuilderResult {
  types: SectionType[];
  /** True when the user also wants the structure applied to the lyrics now. */
  apply: boolean;
}

/** Builds a song architecture: add sections, drag them into order, verses numbered as they move. */
@Component({
  selector: 'app-architecture-builder',
  imports: [CdkDropList, CdkDrag, MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'lyricEditor.architecture.title' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'lyricEditor.architecture.hint' | translate }}</p>
      <div
        class="palette"
        role="group"
        [attr.aria-label]="'lyricEditor.architecture.add' | translate"
      >
        @for (type of available; track type) {
          <button
            mat-stroked-button
            type="button"
            (click)="add(type)"
            [attr.data-testid]="'add-' + type"
          >
            + {{ 'lyricEditor.section.' + type | translate }}
          </button>
        }
      </div>
      <ol
        class="sections"
        cdkDropList
        (cdkDropListDropped)="drop($event)"
        data-testid="architecture-list"
      >
        @for (type of types(); track $index) {
          <li class="sections__item" cdkDrag>
            <span class="sections__handle" aria-hidden="true">⋮⋮</span>
            <span class="sections__label">{{ labels()[$index] }}</span>
            <button mat-button type="button" (click)="move($index, -1)" [disabled]="$index === 0">
              {{ 'lyricEditor.architecture.up' | translate }}
            </button>
            <button mat-button type="button" (click)="remove($index)">
              {{ 'common.remove' | translate }}
            </button>
          </li>
        } @empty {
          <li class="sections__empty">{{ 'lyricEditor.architecture.empty' | translate }}</li>
        }
      </ol>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button
        mat-stroked-button
        type="button"
        (click)="close(false)"
        data-testid="save-architecture"
      >
        {{ 'common.save' | translate }}
      </button>
      <button
        mat-flat-button
        type="button"
        (click)="close(true)"
        [disabled]="types().length === 0"
        data-testid="apply-architecture"
      >
        {{ 'lyricEditor.applyStructure' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .palette {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .sections {
      min-height: 48px;
      padding: 0;
      list-style: none;
    }
    .sections__item {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 4px;
      padding: 4px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      cursor: move;
    }
    .sections__label {
      flex: 1 1 auto;
      font-weight: 500;
    }
    .sections__handle {
      color: var(--mat-sys-on-surface-variant);
    }
    .cdk-drag-preview {
      box-shadow: 0 4px 12px rgb(0 0 0 / 25%);
    }
  `,
})
export class ArchitectureBuilderDialog {
  private readonly ref =
    inject<MatDialogRef<ArchitectureBuilderDialog, ArchitectureBuilderResult>>(MatDialogRef);
  private readonly initial = inject<SectionType[]>(MAT_DIALOG_DATA);

  protected readonly available = SECTION_TYPES;
  protected readonly types = signal<SectionType[]>([...this.initial]);
  protected readonly labels = computed(() => sectionLabels(this.types()));

  protected add(type: SectionType): void {
    this.types.update((list) => [...list, type]);
  }

  protected remove(index: number): void {
    this.types.update((list) => list.filter((_, i) => i !== index));
  }

  /** Keyboard-reachable alternative to dragging. */
  protected move(index: number, by: number): void {
    this.types.update((list) => {
      const copy = [...list];
      moveItemInArray(copy, index, index + by);
      return copy;
    });
  }

  protected drop(event: CdkDragDrop<SectionType[]>): void {
    this.move(event.previousIndex, event.currentIndex - event.previousIndex);
  }

  protected close(apply: boolean): void {
    this.ref.close({ types: this.types(), apply });
  }
}
