import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { NotificationService } from '../../../core/http/notification.service';
import { conversation, message } from '../components/chat.fixture';
import { Conversation, StreamEvent } from '../models/conversation';
import { ChatStreamService } from './chat-stream.service';
import { MessageTimeline } from './message-timeline';

/** The open conversation's messages and the streamed reply, without the page around them. */
describe('MessageTimeline', () => {
  let replies: Subject<StreamEvent>[];
  let send: ReturnType<typeof vi.fn>;
  let notifications: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> };
  let open: ReturnType<typeof signal<Conversation | null>>;
  let reopen: ReturnType<typeof vi.fn<(id: string) => void>>;
  let http: HttpTestingController;

  function create(): MessageTimeline {
    return TestBed.runInInjectionContext(
      () => new MessageTimeline({ conversation: open, reopen, scrollToEnd: () => undefined }),
    );
  }

  beforeEach(() => {
    replies = [];
    send = vi.fn(() => {
      const reply = new Subject<StreamEvent>();
      replies.push(reply);
      return reply;
    });
    notifications = { error: vi.fn(), info: vi.fn() };
    open = signal<Conversation | null>(conversation());
    reopen = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ChatStreamService, useValue: { send } },
        { provide: NotificationService, useValue: notifications },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('opens a conversation with its newest page of messages', () => {
    const timeline = create();
    let opened: Conversation | undefined;
    timeline.load('c1').subscribe((c) => (opened = c));
    http.expectOne('/api/v1/conversations/c1?limit=50&offset=0').flush({
      ...conversation(),
      messages: { items: [message('m1')], total: 7, limit: 50, offset: 0 },
    });
    expect(opened).toEqual(conversation());
    expect(timeline.messages().map((m) => m.id)).toEqual(['m1']);
    expect(timeline.total()).toBe(7);
  });

  it('shows the question at once, grows the reply token by token, then keeps the ids', () => {
    const timeline = create();
    timeline.draft.set('  How do I write a chorus? ');
    timeline.send();
    expect(send).toHaveBeenCalledWith('c1', 'How do I write a chorus?');
    expect(timeline.draft()).toBe('');
    expect(timeline.streaming()).toBe(true);
    expect(timeline.messages().map((m) => m.role)).toEqual(['user', 'assistant']);

    replies[0].next({ type: 'token', text: 'Start ' });
    replies[0].next({ type: 'token', text: 'with the hook.' });
    expect(timeline.messages()[1].content).toBe('Start with the hook.');
    const context = { used_tokens: 900, window: 4096, ratio: 0.22, needs_compression: false };
    replies[0].next({ type: 'done', user_message_id: 'u1', assistant_message_id: 'a1', context });
    replies[0].complete();

    expect(timeline.messages()).toEqual([
      expect.objectContaining({ id: 'u1', role: 'user' }),
      expect.objectContaining({ id: 'a1', status: 'complete' }),
    ]);
    expect(timeline.total()).toBe(2);
    expect(timeline.streaming()).toBe(false);
    expect(open()?.context).toEqual(context);
    expect(timeline.regenerable()?.id).toBe('a1');
  });

  it('sends nothing while a reply streams, for a blank draft, or to a retired model', () => {
    const timeline = create();
    timeline.send('   ');
    expect(send).not.toHaveBeenCalled();
    timeline.send('one');
    timeline.send('two');
    expect(send).toHaveBeenCalledTimes(1);
    timeline.stop();

    open.set(conversation({ model_status: 'retired' }));
    expect(timeline.retired()).toBe(true);
    timeline.send('three');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stop keeps the partial reply, marked incomplete', () => {
    const timeline = create();
    timeline.send('hi');
    replies[0].next({ type: 'token', text: 'Half' });
    timeline.stop();
    expect(replies[0].observed).toBe(false);
    expect(timeline.streaming()).toBe(false);
    expect(timeline.messages()[1]).toEqual(
      expect.objectContaining({ content: 'Half', status: 'incomplete' }),
    );
  });

  it('marks the question failed when the provider fails, and retry sends it again', () => {
    const timeline = create();
    timeline.send('hi');
    replies[0].next({ type: 'error', status: 504, detail: 'slow' });
    expect(notifications.error).toHaveBeenCalledWith(expect.objectContaining({ status: 504 }));
    expect(timeline.messages()).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(timeline.total()).toBe(1);
    expect(timeline.streaming()).toBe(false);

    timeline.retry(timeline.messages()[0]);
    expect(send).toHaveBeenLastCalledWith('c1', 'hi');
    expect(timeline.messages().map((m) => m.status)).toEqual(['complete', 'incomplete']);
    expect(timeline.total()).toBe(2);
  });

  it('puts the question back into the draft when the model has retired, and reads again', () => {
    const timeline = create();
    timeline.send('hi');
    replies[0].error(
      new HttpErrorResponse({
        status: 409,
        error: '{"status":409,"code":"model_retired","detail":"retired"}',
      }),
    );
    expect(timeline.messages()).toEqual([]);
    expect(timeline.total()).toBe(0);
    expect(timeline.draft()).toBe('hi');
    expect(notifications.info).toHaveBeenCalledWith('chat.modelRetiredRefused');
    expect(reopen).toHaveBeenCalledWith('c1');
  });

  it("puts the question back into the draft when the day's OpenAI tokens are used up", () => {
    const timeline = create();
    timeline.send('one more idea');
    const refused = new HttpErrorResponse({
      status: 429,
      error: {
        status: 429,
        code: 'daily_budget_exhausted',
        limit: 200000,
        used: 200418,
        resets_at: '2026-12-04T00:00:00Z',
      },
    });
    replies[0].error(refused);

    expect(timeline.messages()).toEqual([]);
    expect(timeline.total()).toBe(0);
    expect(timeline.draft()).toBe('one more idea');
    expect(timeline.streaming()).toBe(false);
    expect(notifications.error).toHaveBeenCalledWith(refused);
    expect(reopen).not.toHaveBeenCalled();
  });

  it('regenerates the last reply and updates the meter', () => {
    const timeline = create();
    const reply = message('a1', { role: 'assistant', content: 'old' });
    timeline.messages.set([message('u1'), reply]);
    timeline.regenerate(reply);
    const context = { used_tokens: 1, window: 2, ratio: 0.5, needs_compression: false };
    http.expectOne('/api/v1/conversations/c1/messages/a1/regenerate').flush({
      user_message: message('u1'),
      assistant_message: { ...reply, content: 'new' },
      context,
    });
    expect(timeline.messages()[1].content).toBe('new');
    expect(open()?.context).toEqual(context);
  });
});
