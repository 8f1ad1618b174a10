import { computed, Injectable, signal } from '@angular/core';
import { Observable, defer, finalize } from 'rxjs';

/**
 * Counts running AI operations; the shell shows a blocking overlay with the latest label
 * while any is running, so every AI call has a visible progress indicator.
 */
@Injectable({ providedIn: 'root' })
export class ProgressService {
  private readonly running = signal<readonly string[]>([]);

  readonly busy = computed(() => this.running().length > 0);
  readonly label = computed(() => this.running().at(-1) ?? null);

  track<T>(labelKey: string, source: Observable<T>): Observable<T> {
    return defer(() => {
      this.running.update((labels) => [...labels, labelKey]);
      return source.pipe(finalize(() => this.remove(labelKey)));
    });
  }

  private remove(labelKey: string): void {
    this.running.update((labels) => {
      const index = labels.lastIndexOf(labelKey);
      return index < 0 ? labels : [...labels.slice(0, index), ...labels.slice(index + 1)];
    });
  }
}
