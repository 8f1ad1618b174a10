import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslatePipe } from '@ngx-translate/core';
import { ProgressService } from '../progress/progress.service';

@Component({
  selector: 'app-progress-overlay',
  imports: [MatProgressSpinnerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (progress.busy()) {
      <div class="progress-overlay" role="status" aria-live="polite" data-testid="progress-overlay">
        <div class="progress-overlay__box">
          <mat-spinner diameter="48" />
          <p class="progress-overlay__label">
            {{ progress.label() ?? 'progress.working' | translate }}
          </p>
        </div>
      </div>
    }
  `,
  styles: `
    .progress-overlay {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: flex;
      align-items: center;
      justify-content: center;
      background: rgb(0 0 0 / 35%);
    }
    .progress-overlay__box {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 16px;
      padding: 24px 32px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .progress-overlay__label {
      margin: 0;
    }
  `,
})
export class ProgressOverlayComponent {
  protected readonly progress = inject(ProgressService);
}
