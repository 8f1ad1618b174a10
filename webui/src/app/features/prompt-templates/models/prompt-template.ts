/** A server-side prompt template of chat-service, run by `generate-unified`. */
export interface PromptTemplate {
  id: string;
  category: string;
  action: string;
  pre_condition: string;
  post_condition: string | null;
  description: string | null;
  version: number;
  model: string;
  temperature: number;
  max_tokens: number;
  active: boolean;
  created_at: string;
  updated_at: string;
}

/** `GET /prompts`: every template grouped by category. */
export type TemplatesByCategory = Record<string, PromptTemplate[]>;

export interface PromptTemplateInput {
  pre_condition: string;
  post_condition: string | null;
  description: string | null;
  model: string;
  temperature: number;
  max_tokens: number;
  active: boolean;
}

export interface NewPromptTemplate extends PromptTemplateInput {
  category: string;
  action: string;
}
