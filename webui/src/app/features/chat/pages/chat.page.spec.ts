import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Subject } from 'rxjs';
import { conversation, message } from '../components/chat.fixture';
import { StreamEvent } from '../models/conversation';
import { ChatStreamService } from '../services/chat-stream.service';
import { ChatPage } from './chat.page';

/** The chat page wires list, heading, thread and composer around one open conversation. */
describe('ChatPage', () => {
  let http: HttpTestingController;
  let reply: Subject<StreamEvent>;
  let send: ReturnType<typeof vi.fn>;

  beforeAll(() => {
    // jsdom has no scrolling; the thread scrolls to the newest message after each render.
    Element.prototype.scrollTo ??= () => undefined;
  });

  beforeEach(() => {
    reply = new Subject<StreamEvent>();
    send = vi.fn(() => reply);
    TestBed.configureTestingModule({
      imports: [ChatPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
        { provide: ChatStreamService, useValue: { send } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function setup(id?: string) {
    const fixture = TestBed.createComponent(ChatPage);
    fixture.componentRef.setInput('provider', 'ollama');
    if (id) {
      fixture.componentRef.setInput('id', id);
    }
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const byTestId = <E extends HTMLElement = HTMLElement>(testId: string) =>
      el.querySelector<E>(`[data-testid=${testId}]`);
    const listRequest = () =>
      vi.waitFor(() =>
        http.expectOne(
          (r) => r.url === '/api/v1/conversations' && r.params.get('provider') === 'ollama',
        ),
      );
    return { fixture, el, byTestId, listRequest };
  }

  it('lists the provider conversations and opens the one in the URL', async () => {
    const { fixture, el, byTestId, listRequest } = setup('c1');
    http.expectOne('/api/v1/conversations/c1?limit=50&offset=0').flush({
      ...conversation(),
      messages: { items: [message('m1')], total: 1, limit: 50, offset: 0 },
    });
    const list = await listRequest();
    expect(list.request.params.get('limit')).toBe('30');
    expect(list.request.params.get('archived')).toBe('false');
    list.flush({ items: [conversation()], total: 1, limit: 30, offset: 0 });
    fixture.detectChanges();

    expect(byTestId('conversation-heading')?.textContent).toBe('Chorus ideas');
    expect(
      el.querySelector('[data-testid=conversation-list] .item-list__item--selected'),
    ).not.toBeNull();
    expect(byTestId('context-meter')).not.toBeNull();
    expect(byTestId('chat-input')).not.toBeNull();
  });

  it('sends the draft and shows the streamed reply', async () => {
    const { fixture, byTestId, listRequest } = setup('c1');
    http.expectOne('/api/v1/conversations/c1?limit=50&offset=0').flush({
      ...conversation(),
      messages: { items: [], total: 0, limit: 50, offset: 0 },
    });
    (await listRequest()).flush({ items: [], total: 0, limit: 30, offset: 0 });
    fixture.detectChanges();
    const input = byTestId<HTMLTextAreaElement>('chat-input')!;
    input.value = 'Hello';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    byTestId<HTMLButtonElement>('send')!.click();
    fixture.detectChanges();
    expect(send).toHaveBeenCalledWith('c1', 'Hello');
    expect(byTestId('stop')).not.toBeNull();

    reply.next({ type: 'token', text: 'Hi there' });
    reply.complete();
    fixture.detectChanges();
    expect(byTestId('send')).not.toBeNull();
  });

  it('creates a conversation from the form and opens it', async () => {
    const { fixture, byTestId, listRequest } = setup();
    (await listRequest()).flush({ items: [], total: 0, limit: 30, offset: 0 });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    byTestId<HTMLButtonElement>('new-conversation')!.click();
    fixture.detectChanges();
    http
      .expectOne('/api/v1/ollama/chat/models')
      .flush([{ name: 'llama3.2:3b', context_window: 4096 }]);
    fixture.detectChanges();
    byTestId<HTMLButtonElement>('create-conversation')!.click();
    http.expectOne('/api/v1/conversations').flush(conversation({ id: 'c9', title: 'New' }));
    fixture.detectChanges();

    expect(byTestId('new-conversation-form')).toBeNull();
    expect(byTestId('conversation-heading')?.textContent).toBe('New');
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { id: 'c9' } });
    (await listRequest()).flush({ items: [], total: 0, limit: 30, offset: 0 });
  });
});
