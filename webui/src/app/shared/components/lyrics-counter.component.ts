import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { countLyrics } from './lyrics-counter';

/** "1,234 / 3,000" under a lyrics field, amber near the limit, red and explained beyond it. */
@Component({
  selector: 'app-lyrics-counter',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p
      class="lyrics-counter"
      [class.lyrics-counter--warn]="count().level === 'warn'"
      [class.lyrics-counter--over]="count().level === 'over'"
      data-testid="lyrics-counter"
      aria-live="polite"
    >
      {{ 'lyrics.counter' | translate: { length: count().length, limit: count().limit } }}
      @if (count().level === 'over') {
        <span>— {{ 'lyrics.overLimit' | translate: { limit: count().limit } }}</span>
      }
    </p>
  `,
  styles: `
    .lyrics-counter {
      margin: 0 0 8px;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .lyrics-counter--warn {
      color: #b26a00;
    }
    .lyrics-counter--over {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
})
export class LyricsCounterComponent {
  readonly text = input<string | null>('');
  protected readonly count = computed(() => countLyrics(this.text()));
}
