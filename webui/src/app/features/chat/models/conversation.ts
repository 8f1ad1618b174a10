import { PageQuery } from '../../../core/models/page';

export type ChatProvider = 'ollama' | 'openai';
export type MessageRole = 'user' | 'assistant' | 'system';
export type MessageStatus = 'complete' | 'incomplete' | 'failed';

/** The context meter: tokens the history uses against the model's window. */
export interface ContextMeter {
  used_tokens: number;
  window: number;
  ratio: number;
  needs_compression: boolean;
}

export interface ChatMessage {
  id: string;
  role: MessageRole;
  content: string;
  token_count: number | null;
  status: MessageStatus;
  summary: boolean;
  archived: boolean;
  created_at: string;
}

/**
 * Where a conversation's model stands with its provider: `retiring` has an announced shutdown
 * date, `retired` is past it or no longer offered (sending answers 409 `model_retired`), `unknown`
 * when the provider could not be asked.
 */
export type ModelStatus = 'available' | 'retiring' | 'retired' | 'unknown';

export interface Conversation {
  id: string;
  title: string;
  provider: ChatProvider;
  model: string;
  system_context: string | null;
  context_window_size: number;
  current_token_count: number;
  pinned: boolean;
  archived: boolean;
  tags: string[];
  context: ContextMeter;
  model_status?: ModelStatus;
  /** ISO date, e.g. `2027-01-14`; null when none is announced. */
  model_shutdown_date?: string | null;
  /** The model to switch to while retiring or retired. */
  replacement_model?: string | null;
  created_at: string;
  updated_at: string;
}

/** `GET /{id}`: the conversation with one page of messages (offset counted back from the newest). */
export interface ConversationWithMessages extends Conversation {
  messages: { items: ChatMessage[]; total: number; limit: number; offset: number };
}

export interface ConversationQuery extends PageQuery {
  provider?: ChatProvider;
  archived?: boolean;
  tag?: string;
}

export interface NewConversation {
  title: string;
  provider: ChatProvider;
  model: string;
  system_context?: string | null;
  context_window_size?: number | null;
  tags?: string[];
}

export type ConversationPatch = Partial<
  Pick<Conversation, 'title' | 'system_context' | 'model' | 'archived' | 'pinned' | 'tags'>
>;

export interface SendAnswer {
  user_message: ChatMessage;
  assistant_message: ChatMessage;
  context: ContextMeter;
}

/** A model offered for new conversations; Ollama and OpenAI lists mapped to one shape. */
export interface ChatModel {
  name: string;
  context_window: number | null;
  /** OpenAI only: null when OpenAI could not be asked. */
  available?: boolean | null;
  /** OpenAI only: the announced shutdown date (ISO date), null when none. */
  shutdown_date?: string | null;
  /** OpenAI only: the configured default model, preselected for a new conversation. */
  is_default?: boolean;
}

/** What the streamed send reports, in order: pieces of text, then done or error. */
export type StreamEvent =
  | { type: 'token'; text: string }
  | {
      type: 'done';
      user_message_id: string;
      assistant_message_id: string;
      context: ContextMeter;
    }
  | { type: 'error'; status: number; detail: string };

export type ExportFormat = 'json' | 'markdown';
