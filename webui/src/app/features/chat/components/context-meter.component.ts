import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { meterLevel } from '../domain/stream-events';
import { ContextMeter } from '../models/conversation';

/** How much of the model's context window the history uses; warns from 80 %. */
@Component({
  selector: 'app-context-meter',
  imports: [MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="meter"
      [class.meter--warn]="level() === 'warn'"
      [class.meter--over]="level() === 'over'"
      data-testid="context-meter"
    >
      <mat-progress-bar mode="determinate" [value]="percent()" aria-hidden="true" />
      <span>{{
        'chat.meter'
          | translate
            : {
                used: meter()?.used_tokens ?? 0,
                window: meter()?.window ?? 0,
                percent: percent(),
              }
      }}</span>
    </div>
  `,
  styles: `
    // The meter sits in the conversation's heading row as if it were written there.
    :host {
      display: contents;
    }

    .meter {
      display: flex;
      flex-direction: column;
      min-width: 220px;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }

    .meter--warn {
      color: #b26a00;
    }

    .meter--over {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
})
export class ContextMeterComponent {
  readonly meter = input<ContextMeter | null>(null);

  protected readonly level = computed(() => meterLevel(this.meter()));
  protected readonly percent = computed(() => {
    const m = this.meter();
    return m && m.window > 0 ? Math.round((m.used_tokens / m.window) * 100) : 0;
  });
}
