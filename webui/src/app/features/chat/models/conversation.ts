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
