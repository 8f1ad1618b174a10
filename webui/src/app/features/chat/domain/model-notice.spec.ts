import { HttpErrorResponse } from '@angular/common/http';
import { ChatModel, Conversation } from '../models/conversation';
import { initialModel, isModelRetired, modelNotice } from './model-notice';

function conversation(change: Partial<Conversation>): Conversation {
  return {
    id: 'c1',
    title: 'T',
    provider: 'openai',
    model: 'o4-mini',
    system_context: null,
    context_window_size: 200000,
    current_token_count: 10,
    pinned: false,
    archived: false,
    tags: [],
    context: { used_tokens: 10, window: 200000, ratio: 0, needs_compression: false },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...change,
  };
}

describe('modelNotice', () => {
  it('offers the replacement for a retired model', () => {
    expect(
      modelNotice(
        conversation({
          model_status: 'retired',
          model_shutdown_date: '2026-10-23',
          replacement_model: 'gpt-5.4-mini',
        }),
      ),
    ).toEqual({
      kind: 'retired',
      model: 'o4-mini',
      date: '2026-10-23',
      replacement: 'gpt-5.4-mini',
    });
  });

  it('notes a model that retires on a date', () => {
    expect(
      modelNotice(
        conversation({
          model: 'gpt-4o',
          model_status: 'retiring',
          model_shutdown_date: '2027-01-14',
          replacement_model: 'gpt-5.4-mini',
        }),
      )?.kind,
    ).toBe('retiring');
  });

  it('says nothing for available, unknown or older answers without a status', () => {
    expect(modelNotice(conversation({ model_status: 'available' }))).toBeNull();
    expect(modelNotice(conversation({ model_status: 'unknown' }))).toBeNull();
    expect(modelNotice(conversation({}))).toBeNull();
    expect(modelNotice(null)).toBeNull();
  });

  it('offers no switch to the same model or when there is none', () => {
    const notice = modelNotice(
      conversation({ model_status: 'retired', model_shutdown_date: null, replacement_model: null }),
    );
    expect(notice?.replacement).toBeNull();
    expect(notice?.date).toBeNull();
    expect(
      modelNotice(conversation({ model_status: 'retired', replacement_model: 'o4-mini' }))
        ?.replacement,
    ).toBeNull();
  });
});

describe('isModelRetired', () => {
  it('reads the problem code, also from a streamed send whose body is text', () => {
    const problem = { status: 409, code: 'model_retired', detail: 'retired' };
    expect(isModelRetired(new HttpErrorResponse({ status: 409, error: problem }))).toBe(true);
    expect(
      isModelRetired(new HttpErrorResponse({ status: 409, error: JSON.stringify(problem) })),
    ).toBe(true);
    expect(isModelRetired(new HttpErrorResponse({ status: 409, error: { status: 409 } }))).toBe(
      false,
    );
    expect(isModelRetired(new Error('x'))).toBe(false);
    expect(isModelRetired(null)).toBe(false);
  });
});

describe('initialModel', () => {
  const models: ChatModel[] = [
    { name: 'gpt-6.2-sol', context_window: 400000, available: true, is_default: false },
    { name: 'gpt-5.4-mini', context_window: 400000, available: true, is_default: true },
  ];

  it('preselects the default model', () => {
    expect(initialModel(models, '')).toBe('gpt-5.4-mini');
  });

  it('keeps a choice that is still offered', () => {
    expect(initialModel(models, 'gpt-6.2-sol')).toBe('gpt-6.2-sol');
  });

  it('falls back to the first offered model without a default', () => {
    expect(initialModel([{ name: 'llama3.2:3b', context_window: 131072 }], 'gone')).toBe(
      'llama3.2:3b',
    );
    expect(initialModel([], 'gone')).toBe('');
  });
});
