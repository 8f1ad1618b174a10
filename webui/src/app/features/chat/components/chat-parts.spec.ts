import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentRef, signal, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { listState } from '../../../shared/list/list-state';
import { Conversation } from '../models/conversation';
import { conversation, message } from './chat.fixture';
import { ComposerComponent } from './composer.component';
import { ContextMeterComponent } from './context-meter.component';
import { ConversationHeadComponent } from './conversation-head.component';
import { ConversationFilters, ConversationListComponent } from './conversation-list.component';
import { MessageThreadComponent } from './message-thread.component';
import { ModelNoticeComponent } from './model-notice.component';
import { NewConversationFormComponent } from './new-conversation-form.component';

/** The chat page's parts, each on its own (the page spec wires them together). */
describe('chat page parts', () => {
  let http: HttpTestingController;
  let notifications: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    notifications = { error: vi.fn(), info: vi.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: NotificationService, useValue: notifications },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    vi.unstubAllGlobals();
  });

  function mount<T>(type: Type<T>, inputs: Record<string, unknown> = {}) {
    const fixture: ComponentFixture<T> = TestBed.createComponent(type);
    const ref: ComponentRef<T> = fixture.componentRef;
    for (const [name, value] of Object.entries(inputs)) {
      ref.setInput(name, value);
    }
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
      el.querySelector<E>(`[data-testid=${id}]`);
    return { fixture, el, byTestId, component: fixture.componentInstance };
  }

  describe('ContextMeterComponent', () => {
    it('shows the share of the window and warns from 80 %', () => {
      const { el, fixture } = mount(ContextMeterComponent, {
        meter: { used_tokens: 50, window: 200, ratio: 0.25, needs_compression: false },
      });
      const meter = el.querySelector('[data-testid=context-meter]')!;
      expect(meter.classList).not.toContain('meter--warn');
      expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');

      fixture.componentRef.setInput('meter', {
        used_tokens: 170,
        window: 200,
        ratio: 0.85,
        needs_compression: true,
      });
      fixture.detectChanges();
      expect(meter.classList).toContain('meter--warn');

      fixture.componentRef.setInput('meter', {
        used_tokens: 250,
        window: 200,
        ratio: 1.25,
        needs_compression: true,
      });
      fixture.detectChanges();
      expect(meter.classList).toContain('meter--over');
    });
  });

  describe('ComposerComponent', () => {
    function keydown(target: HTMLElement, shiftKey = false) {
      const event = new KeyboardEvent('keydown', { key: 'Enter', shiftKey, cancelable: true });
      target.dispatchEvent(event);
      return event;
    }

    it('sends on Enter, breaks the line on Shift+Enter, and offers stop while streaming', () => {
      const { component, byTestId, fixture } = mount(ComposerComponent, { draft: 'hello' });
      const sent = vi.fn();
      const stopped = vi.fn();
      component.send.subscribe(sent);
      component.stop.subscribe(stopped);
      const input = byTestId<HTMLTextAreaElement>('chat-input')!;

      expect(keydown(input, true).defaultPrevented).toBe(false);
      expect(sent).not.toHaveBeenCalled();
      expect(keydown(input).defaultPrevented).toBe(true);
      expect(sent).toHaveBeenCalledTimes(1);
      byTestId<HTMLButtonElement>('send')!.click();
      expect(sent).toHaveBeenCalledTimes(2);

      fixture.componentRef.setInput('streaming', true);
      fixture.detectChanges();
      expect(byTestId('send')).toBeNull();
      byTestId<HTMLButtonElement>('stop')!.click();
      expect(stopped).toHaveBeenCalledTimes(1);
    });

    it('cannot send an empty draft or while disabled', () => {
      const { byTestId, fixture } = mount(ComposerComponent, { draft: '   ' });
      expect(byTestId<HTMLButtonElement>('send')!.disabled).toBe(true);
      fixture.componentRef.setInput('draft', 'hi');
      fixture.componentRef.setInput('disabled', true);
      fixture.detectChanges();
      expect(byTestId<HTMLButtonElement>('send')!.disabled).toBe(true);
    });
  });

  describe('ConversationListComponent', () => {
    it('lists the conversations with the pinned mark and filters through the list state', () => {
      vi.useFakeTimers();
      const load = vi.fn(() =>
        of({
          items: [
            conversation({ id: 'a', title: 'Alpha', pinned: true, tags: ['song'] }),
            conversation({ id: 'b', title: 'Beta' }),
          ],
          total: 2,
          limit: 30,
          offset: 0,
        }),
      );
      const list = TestBed.runInInjectionContext(() =>
        listState<Conversation, ConversationFilters>({
          filters: { q: '', tag: '', showArchived: false },
          pageSize: 30,
          load,
        }),
      );
      vi.advanceTimersByTime(250);
      const { el, byTestId } = mount(ConversationListComponent, { list });
      const rows = el.querySelectorAll('[data-testid=conversation-list] .item-list__item');
      expect(rows.length).toBe(2);
      expect(rows[0].textContent).toContain('chat.pinnedMark');
      expect(rows[0].textContent).toContain('Alpha');
      expect(rows[0].textContent).toContain('song');
      expect(rows[1].textContent).not.toContain('chat.pinnedMark');
      expect(el.querySelector('.chat__list')?.getAttribute('aria-label')).toBe(
        'chat.conversations',
      );

      const search = byTestId<HTMLInputElement>('conversation-search')!;
      search.value = 'chorus';
      search.dispatchEvent(new Event('input'));
      expect(list.filters()).toEqual({ q: 'chorus', tag: '', showArchived: false });
      vi.advanceTimersByTime(250);
      expect(load).toHaveBeenLastCalledWith(
        { q: 'chorus', tag: '', showArchived: false },
        { limit: 30, offset: 0 },
      );
      vi.useRealTimers();
    });
  });

  describe('ConversationHeadComponent', () => {
    it('pins, renames and deletes the conversation it heads', () => {
      const { component, byTestId, el } = mount(ConversationHeadComponent, {
        conversation: conversation(),
      });
      const changed = vi.fn();
      const removed = vi.fn();
      component.changed.subscribe(changed);
      component.remove.subscribe(removed);
      expect(byTestId('conversation-heading')?.textContent).toBe('Chorus ideas');
      expect(byTestId('context-meter')).not.toBeNull();
      expect(byTestId('restore')).toBeNull();

      byTestId<HTMLButtonElement>('pin')!.click();
      const pin = http.expectOne('/api/v1/conversations/c1');
      expect(pin.request.method).toBe('PATCH');
      expect(pin.request.body).toEqual({ pinned: true });
      pin.flush(conversation({ pinned: true }));
      expect(changed).toHaveBeenCalledWith(expect.objectContaining({ pinned: true }));

      vi.stubGlobal('prompt', () => '  New title ');
      byTestId<HTMLButtonElement>('rename')!.click();
      const rename = http.expectOne('/api/v1/conversations/c1');
      expect(rename.request.body).toEqual({ title: 'New title' });
      rename.flush(conversation({ title: 'New title' }));

      vi.stubGlobal('prompt', () => null);
      byTestId<HTMLButtonElement>('rename')!.click();
      http.expectNone('/api/v1/conversations/c1');

      el.querySelector<HTMLButtonElement>('.actions__danger')!.click();
      expect(removed).toHaveBeenCalledTimes(1);
    });

    it('compresses and asks for the history to be read again', () => {
      const { component, byTestId, fixture } = mount(ConversationHeadComponent, {
        conversation: conversation(),
        hasArchive: true,
      });
      const rewritten = vi.fn();
      component.rewritten.subscribe(rewritten);
      byTestId<HTMLButtonElement>('compress')!.click();
      const compress = http.expectOne('/api/v1/conversations/c1/compress');
      expect(compress.request.body).toEqual({ keep_last: 10 });
      compress.flush(conversation());
      expect(notifications.info).toHaveBeenCalledWith('chat.compressed');
      expect(rewritten).toHaveBeenCalledTimes(1);

      fixture.detectChanges();
      byTestId<HTMLButtonElement>('restore')!.click();
      http.expectOne('/api/v1/conversations/c1/restore-archive').flush(conversation());
      expect(rewritten).toHaveBeenCalledTimes(2);
    });
  });

  describe('ModelNoticeComponent', () => {
    it('says nothing for an available model', () => {
      const { byTestId } = mount(ModelNoticeComponent, { conversation: conversation() });
      expect(byTestId('model-notice')).toBeNull();
    });

    it('warns about a retired model and switches to the replacement', () => {
      const retired = conversation({
        model: 'gpt-4o-mini',
        model_status: 'retired',
        model_shutdown_date: '2026-02-01',
        replacement_model: 'gpt-5.4-mini',
      });
      const { component, byTestId } = mount(ModelNoticeComponent, { conversation: retired });
      const switched = vi.fn();
      component.switched.subscribe(switched);
      expect(byTestId('model-notice')?.getAttribute('role')).toBe('alert');
      byTestId<HTMLButtonElement>('switch-model')!.click();
      const update = http.expectOne('/api/v1/conversations/c1');
      expect(update.request.body).toEqual({ model: 'gpt-5.4-mini' });
      update.flush({ ...retired, model: 'gpt-5.4-mini', model_status: 'available' });
      expect(notifications.info).toHaveBeenCalledWith('chat.modelSwitched', {
        model: 'gpt-5.4-mini',
      });
      expect(switched).toHaveBeenCalledWith(expect.objectContaining({ model: 'gpt-5.4-mini' }));
    });
  });

  describe('MessageThreadComponent', () => {
    it('offers retry on a failed question and regenerate on the last reply', async () => {
      const failed = message('m1', { status: 'failed' });
      const reply = message('m2', { role: 'assistant', content: '**bold**' });
      const { component, el, fixture } = mount(MessageThreadComponent, {
        conversationId: 'c1',
        messages: [failed, reply],
        total: 2,
        regenerable: reply,
      });
      // The virtual viewport measures itself and renders its rows a few ticks later.
      await vi.waitFor(() => {
        fixture.detectChanges();
        expect(el.querySelectorAll('article').length).toBe(2);
      });
      const retried = vi.fn();
      const regenerated = vi.fn();
      component.retry.subscribe(retried);
      component.regenerate.subscribe(regenerated);
      const articles = el.querySelectorAll('article');
      expect(articles[0].classList).toContain('message--failed');
      expect(articles[1].querySelector('.message__body strong')?.textContent).toBe('bold');

      el.querySelector<HTMLButtonElement>('[data-testid=retry]')!.click();
      el.querySelector<HTMLButtonElement>('[data-testid=regenerate]')!.click();
      expect(retried).toHaveBeenCalledWith(failed);
      expect(regenerated).toHaveBeenCalledWith(reply);
    });

    it('loads the older page in front of the loaded messages', () => {
      const messages = signal([message('m3'), message('local-1')]);
      const total = signal(3);
      const { el, fixture } = mount(MessageThreadComponent, {
        conversationId: 'c1',
        messages: messages(),
        total: total(),
      });
      fixture.componentInstance.messages.subscribe((m) => messages.set(m));
      fixture.componentInstance.total.subscribe((t) => total.set(t));
      el.querySelector<HTMLButtonElement>('.thread__older')!.click();
      // One server message is loaded (the local one is not counted).
      const older = http.expectOne('/api/v1/conversations/c1?limit=50&offset=1');
      older.flush({
        ...conversation(),
        messages: { items: [message('m1'), message('m2')], total: 3, limit: 50, offset: 1 },
      });
      expect(messages().map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'local-1']);
      expect(total()).toBe(3);
    });

    it('shows the empty hint when there are no messages', () => {
      const { byTestId } = mount(MessageThreadComponent, {
        conversationId: 'c1',
        messages: [],
        total: 0,
      });
      expect(byTestId('empty-state')?.textContent).toBe('chat.noMessages');
    });
  });

  describe('NewConversationFormComponent', () => {
    it('offers the provider models, keeps the chosen one and creates the conversation', () => {
      const { component, byTestId } = mount(NewConversationFormComponent, {
        provider: 'openai',
        modelName: 'gpt-5.4-mini',
      });
      const created = vi.fn();
      component.created.subscribe(created);
      http.expectOne('/api/v1/openai/chat/models').flush([
        { name: 'gpt-5.4', context_window: 400000, is_default: true, available: true },
        { name: 'gpt-5.4-mini', context_window: 400000, available: true },
      ]);
      expect(component.modelName()).toBe('gpt-5.4-mini');

      byTestId<HTMLButtonElement>('create-conversation')!.click();
      const create = http.expectOne('/api/v1/conversations');
      expect(create.request.body).toEqual({
        title: 'chat.untitled',
        provider: 'openai',
        model: 'gpt-5.4-mini',
        system_context: null,
        tags: [],
      });
      create.flush(conversation({ provider: 'openai' }));
      expect(created).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }));
    });

    it('starts on the default model when none was chosen before', () => {
      const { component } = mount(NewConversationFormComponent, { provider: 'openai' });
      http.expectOne('/api/v1/openai/chat/models').flush([
        { name: 'gpt-5.4-mini', context_window: 400000, available: true },
        { name: 'gpt-5.4', context_window: 400000, is_default: true, available: true },
      ]);
      expect(component.modelName()).toBe('gpt-5.4');
    });
  });
});
