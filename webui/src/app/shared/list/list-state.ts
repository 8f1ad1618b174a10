import {
  computed,
  DestroyRef,
  effect,
  inject,
  Signal,
  signal,
  untracked,
  WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Router } from '@angular/router';
import { Observable, Subject, catchError, debounceTime, finalize, of, switchMap, tap } from 'rxjs';
import { NotificationService } from '../../core/http/notification.service';
import { Page } from '../../core/models/page';

/** Anything a list shows and selects by id. */
export interface Identified {
  id: string;
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface ListStateConfig<T extends Identified, F extends object, D extends Identified> {
  /** The filters' first values (search text, selects, sort). */
  filters: F;
  pageSize: number;
  /** Reads one page. It runs after the debounce, so route inputs it reads are already set. */
  load: (filters: F, paging: Paging) => Observable<Page<T>>;
  /** Typing in a filter waits this long for the next key before asking the server. */
  debounceMs?: number;
  /** The selection as the URL names it: the page's `id` input, bound from `?id=`. */
  selectedId?: Signal<string | undefined>;
  /** Reads the full record of a selected id. */
  open?: (id: string) => Observable<D>;
  /** After the record was read (reset edit fields and the like). */
  opened?: (detail: D) => void;
  /** When the URL stops naming a selection. */
  closed?: () => void;
  /** A clicked list item is already the full record: show it at once instead of reading it. */
  itemIsDetail?: boolean;
}

/** What the list-with-detail layout needs of a list. */
export interface ListView<T extends Identified, D extends Identified> {
  readonly page: Signal<Page<T> | null>;
  readonly pageSize: number;
  readonly pageIndex: Signal<number>;
  readonly loading: Signal<boolean>;
  readonly selected: Signal<D | null>;
  select(item: T): void;
  pageChanged(event: PageEvent): void;
}

const DEFAULT_DEBOUNCE_MS = 250;

/**
 * The state every library page (equipment, sketches, images, songs, conversations) keeps the
 * same way: filters, paging, the current page with its loading and error state, and the selected
 * record kept in the URL (`?id=`) so a detail can be linked and reloaded. A failed read shows
 * the translated error and keeps the last page.
 *
 * Create it in a field initialiser (it needs the injection context).
 */
export class ListState<
  T extends Identified,
  F extends object,
  D extends Identified = T,
> implements ListView<T, D> {
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  private readonly reload$ = new Subject<void>();

  readonly filters: WritableSignal<F>;
  readonly offset = signal(0);
  readonly page = signal<Page<T> | null>(null);
  readonly loading = signal(false);
  /** The last read's error, null once a read succeeds. */
  readonly error = signal<unknown>(null);
  readonly selected = signal<D | null>(null);
  readonly pageSize: number;
  readonly pageIndex = computed(() => Math.floor(this.offset() / this.pageSize));
  readonly empty = computed(() => this.page()?.items.length === 0);

  constructor(private readonly config: ListStateConfig<T, F, D>) {
    this.filters = signal(config.filters);
    this.pageSize = config.pageSize;
    this.reload$
      .pipe(
        debounceTime(config.debounceMs ?? DEFAULT_DEBOUNCE_MS),
        switchMap(() => this.read()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => page && this.page.set(page));
    if (config.selectedId) {
      this.followUrl(config.selectedId);
    }
    this.reload();
  }

  /** Reads the current page again (after a change the list cannot see). */
  reload(): void {
    this.reload$.next();
  }

  setFilter<K extends keyof F>(key: K, value: F[K]): void {
    this.setFilters({ [key]: value } as unknown as Partial<F>);
  }

  /** A filter change starts again at the first page. */
  setFilters(change: Partial<F>): void {
    this.filters.update((filters) => ({ ...filters, ...change }));
    this.offset.set(0);
    this.reload();
  }

  pageChanged(event: PageEvent): void {
    this.offset.set(event.pageIndex * event.pageSize);
    this.reload();
  }

  /** A click in the list: the URL names the item, and the detail follows it. */
  select(item: T): void {
    if (this.config.itemIsDetail) {
      this.show(item as unknown as D);
    } else {
      this.navigate(item.id);
    }
  }

  /** Shows a record it already has (a copy just made, a record just created) and names it in the URL. */
  show(detail: D): void {
    this.selected.set(detail);
    this.navigate(detail.id);
  }

  /** Reads the selected record again (after a change on the server). */
  open(id: string): void {
    const read = this.config.open;
    if (!read) {
      return;
    }
    read(id).subscribe({
      next: (detail) => {
        this.selected.set(detail);
        this.config.opened?.(detail);
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  /** Nothing selected, nothing in the URL. */
  clearSelection(): void {
    this.selected.set(null);
    this.navigate(null);
  }

  /** A record changed: the detail shows it if it is the selected one. */
  updateSelected(detail: D): void {
    if (this.selected()?.id === detail.id) {
      this.selected.set(detail);
    }
  }

  /** A record changed: the list row and, if it is the selected one, the detail show it. */
  replace(item: T & D): void {
    this.updateSelected(item);
    this.page.update((page) =>
      page ? { ...page, items: page.items.map((i) => (i.id === item.id ? item : i)) } : page,
    );
  }

  /** Asks first; once the server has deleted, the selection goes and the list is read again. */
  confirmDelete(question: string, request: () => Observable<unknown>): void {
    if (!confirm(question)) {
      return;
    }
    request().subscribe({
      next: () => {
        this.clearSelection();
        this.reload();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  private read(): Observable<Page<T> | null> {
    this.loading.set(true);
    return this.config.load(this.filters(), { limit: this.pageSize, offset: this.offset() }).pipe(
      tap(() => this.error.set(null)),
      catchError((error: unknown) => {
        this.notifications.error(error);
        this.error.set(error);
        return of(null);
      }),
      finalize(() => this.loading.set(false)),
    );
  }

  /** The URL decides what is selected; only a change of the id reads a record. */
  private followUrl(selectedId: Signal<string | undefined>): void {
    effect(() => {
      const id = selectedId();
      untracked(() => {
        if (!id) {
          this.selected.set(null);
          this.config.closed?.();
        } else if (this.selected()?.id !== id) {
          this.open(id);
        }
      });
    });
  }

  private navigate(id: string | null): void {
    void this.router.navigate([], { queryParams: id ? { id } : {} });
  }
}

/** A {@link ListState} for the page being created (call it in a field initialiser). */
export function listState<T extends Identified, F extends object, D extends Identified = T>(
  config: ListStateConfig<T, F, D>,
): ListState<T, F, D> {
  return new ListState<T, F, D>(config);
}
