import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Observable, Subject, of, throwError } from 'rxjs';
import { NotificationService } from '../../core/http/notification.service';
import { Page } from '../../core/models/page';
import { ListStateConfig, Paging, listState } from './list-state';

interface Row {
  id: string;
  name: string;
}
interface Filters {
  q: string;
  kind: string;
}

const page = (...names: string[]): Page<Row> => ({
  items: names.map((name) => ({ id: `id-${name}`, name })),
  total: names.length,
  limit: 20,
  offset: 0,
});

describe('ListState', () => {
  let navigate: ReturnType<typeof vi.fn>;
  let notifications: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> };
  let load: ReturnType<typeof vi.fn<(f: Filters, p: Paging) => Observable<Page<Row>>>>;

  function create(config: Partial<ListStateConfig<Row, Filters, Row>> = {}) {
    return TestBed.runInInjectionContext(() =>
      listState<Row, Filters>({ filters: { q: '', kind: '' }, pageSize: 20, load, ...config }),
    );
  }

  beforeEach(() => {
    vi.useFakeTimers();
    navigate = vi.fn(() => Promise.resolve(true));
    notifications = { error: vi.fn(), info: vi.fn() };
    load = vi.fn(() => of(page('a', 'b')));
    TestBed.configureTestingModule({
      providers: [
        { provide: Router, useValue: { navigate } },
        { provide: NotificationService, useValue: notifications },
      ],
    });
  });

  afterEach(() => vi.useRealTimers());

  it('reads the first page after the debounce, with the filters and the paging', () => {
    const list = create();
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(load).toHaveBeenCalledExactlyOnceWith({ q: '', kind: '' }, { limit: 20, offset: 0 });
    expect(list.page()?.items.map((r) => r.name)).toEqual(['a', 'b']);
    expect(list.empty()).toBe(false);
  });

  it('asks once for a burst of filter changes, back on the first page', () => {
    const list = create();
    vi.advanceTimersByTime(250);
    list.pageChanged({ pageIndex: 2, pageSize: 20, length: 100 });
    vi.advanceTimersByTime(250);
    expect(load).toHaveBeenLastCalledWith({ q: '', kind: '' }, { limit: 20, offset: 40 });
    expect(list.pageIndex()).toBe(2);

    list.setFilter('q', 'sy');
    list.setFilter('q', 'synth');
    list.setFilters({ kind: 'Plugin' });
    vi.advanceTimersByTime(249);
    expect(load).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith({ q: 'synth', kind: 'Plugin' }, { limit: 20, offset: 0 });
    expect(list.pageIndex()).toBe(0);
  });

  it('is loading while a read runs, and only the newest read counts', () => {
    const answers = [new Subject<Page<Row>>(), new Subject<Page<Row>>()];
    load.mockImplementation(() => answers[load.mock.calls.length - 1]);
    const list = create({ debounceMs: 10 });
    vi.advanceTimersByTime(10);
    expect(list.loading()).toBe(true);
    list.reload();
    vi.advanceTimersByTime(10);
    answers[0].next(page('old'));
    expect(list.page()).toBeNull();
    answers[1].next(page('new'));
    answers[1].complete();
    expect(list.page()?.items[0].name).toBe('new');
    expect(list.loading()).toBe(false);
  });

  it('shows a failed read, keeps the last page and clears the error on the next success', () => {
    const list = create();
    vi.advanceTimersByTime(250);
    const failure = new Error('down');
    load.mockReturnValueOnce(throwError(() => failure));
    list.reload();
    vi.advanceTimersByTime(250);
    expect(notifications.error).toHaveBeenCalledWith(failure);
    expect(list.error()).toBe(failure);
    expect(list.page()?.items.length).toBe(2);
    expect(list.loading()).toBe(false);
    list.reload();
    vi.advanceTimersByTime(250);
    expect(list.error()).toBeNull();
  });

  it('knows an empty page from no page yet', () => {
    load.mockReturnValue(of(page()));
    const list = create();
    expect(list.empty()).toBe(false);
    vi.advanceTimersByTime(250);
    expect(list.empty()).toBe(true);
  });

  it('follows the id in the URL: reads a new id once, clears when it goes', () => {
    const id = signal<string | undefined>('id-a');
    const open = vi.fn((value: string) => of({ id: value, name: 'full' }));
    const opened = vi.fn();
    const closed = vi.fn();
    const list = create({ selectedId: id, open, opened, closed });
    TestBed.tick();
    expect(open).toHaveBeenCalledExactlyOnceWith('id-a');
    expect(list.selected()).toEqual({ id: 'id-a', name: 'full' });
    expect(opened).toHaveBeenCalledWith({ id: 'id-a', name: 'full' });

    list.show({ id: 'id-b', name: 'copy' });
    id.set('id-b');
    TestBed.tick();
    expect(open).toHaveBeenCalledTimes(1); // already shown, not read again

    id.set(undefined);
    TestBed.tick();
    expect(list.selected()).toBeNull();
    expect(closed).toHaveBeenCalled();
  });

  it('reports a selected record it cannot read', () => {
    const failure = new Error('gone');
    create({ selectedId: signal('id-x'), open: () => throwError(() => failure) });
    TestBed.tick();
    expect(notifications.error).toHaveBeenCalledWith(failure);
  });

  it('puts a clicked row in the URL; a row that is the full record shows at once', () => {
    const summary = create();
    summary.select({ id: 'id-a', name: 'a' });
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { id: 'id-a' } });
    expect(summary.selected()).toBeNull();

    const full = create({ itemIsDetail: true });
    full.select({ id: 'id-b', name: 'b' });
    expect(full.selected()).toEqual({ id: 'id-b', name: 'b' });
    expect(navigate).toHaveBeenLastCalledWith([], { queryParams: { id: 'id-b' } });
  });

  it('replaces a changed record in the list and in the detail', () => {
    const list = create({ itemIsDetail: true });
    vi.advanceTimersByTime(250);
    list.select({ id: 'id-b', name: 'b' });
    list.replace({ id: 'id-b', name: 'B' });
    expect(list.page()?.items.map((r) => r.name)).toEqual(['a', 'B']);
    expect(list.selected()?.name).toBe('B');
    list.replace({ id: 'id-a', name: 'A' });
    expect(list.selected()?.name).toBe('B');
  });

  it('deletes only after the question, then drops the selection and reads the list again', () => {
    const list = create({ itemIsDetail: true });
    vi.advanceTimersByTime(250);
    list.select({ id: 'id-a', name: 'a' });
    const request = vi.fn(() => of(undefined));
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);

    list.confirmDelete('Delete a?', request);
    expect(confirm).toHaveBeenCalledWith('Delete a?');
    expect(request).not.toHaveBeenCalled();

    confirm.mockReturnValue(true);
    list.confirmDelete('Delete a?', request);
    expect(request).toHaveBeenCalledTimes(1);
    expect(list.selected()).toBeNull();
    expect(navigate).toHaveBeenLastCalledWith([], { queryParams: {} });
    vi.advanceTimersByTime(250);
    expect(load).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });

  it('keeps the selection when the delete fails', () => {
    const list = create({ itemIsDetail: true });
    list.select({ id: 'id-a', name: 'a' });
    vi.stubGlobal('confirm', () => true);
    const failure = new Error('409');
    list.confirmDelete('Delete a?', () => throwError(() => failure));
    expect(notifications.error).toHaveBeenCalledWith(failure);
    expect(list.selected()?.id).toBe('id-a');
    vi.unstubAllGlobals();
  });
});
