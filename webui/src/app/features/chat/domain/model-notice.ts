import { ChatModel, Conversation } from '../models/conversation';

/** What the chat page says about the open conversation's model, if anything. */
export interface ModelNotice {
  kind: 'retired' | 'retiring';
  model: string;
  /** ISO date, or null when the provider withdrew the model without one. */
  date: string | null;
  /** The model the banner offers to switch to; null when there is none to offer. */
  replacement: string | null;
}

/** A banner for a retired model, a hint for one that retires; nothing otherwise. */
export function modelNotice(conversation: Conversation | null): ModelNotice | null {
  if (!conversation) {
    return null;
  }
  const status = conversation.model_status;
  if (status !== 'retired' && status !== 'retiring') {
    return null;
  }
  const replacement = conversation.replacement_model ?? null;
  return {
    kind: status,
    model: conversation.model,
    date: conversation.model_shutdown_date ?? null,
    replacement: replacement && replacement !== conversation.model ? replacement : null,
  };
}

/**
 * Whether a failed send was refused because the conversation's model is retired. The streamed
 * send carries the problem document as text, the ordinary one as parsed JSON.
 */
export function isModelRetired(error: unknown): boolean {
  let body = (error as { error?: unknown } | null)?.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return false;
    }
  }
  return (body as { code?: unknown } | null)?.code === 'model_retired';
}

/** The model a new conversation starts with: the default, else the first one that is offered. */
export function initialModel(models: ChatModel[], current: string): string {
  if (models.some((m) => m.name === current && m.available !== false)) {
    return current;
  }
  return (
    models.find((m) => m.is_default && m.available !== false)?.name ??
    models.find((m) => m.available !== false)?.name ??
    ''
  );
}
