import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { ProgressService } from './progress.service';

describe('ProgressService', () => {
  it('is busy while any tracked operation runs, showing the latest label', () => {
    const progress = TestBed.inject(ProgressService);
    const first = new Subject<number>();
    const second = new Subject<number>();
    progress.track('a', first).subscribe();
    progress.track('b', second).subscribe({ error: () => undefined });
    expect(progress.busy()).toBe(true);
    expect(progress.label()).toBe('b');
    second.error(new Error('x'));
    expect(progress.label()).toBe('a');
    first.complete();
    expect(progress.busy()).toBe(false);
  });

  it('does not start counting before subscription', () => {
    const progress = TestBed.inject(ProgressService);
    progress.track('lazy', new Subject<number>());
    expect(progress.busy()).toBe(false);
  });
});
