export type SongStatus = 'PENDING' | 'PROGRESS' | 'SUCCESS' | 'FAILURE' | 'CANCELLED';
export type SongWorkflow = 'onWork' | 'inUse' | 'notUsed';
export type AudioFormat = 'mp3' | 'flac' | 'wav';

export const MUREKA_MODELS = ['auto', 'mureka-7.5', 'mureka-7', 'mureka-6', 'mureka-o1'] as const;
export type MurekaModel = (typeof MUREKA_MODELS)[number];

export interface SongChoice {
  id: string;
  index: number;
  title?: string | null;
  duration_ms?: number | null;
  rating: 0 | 1 | null;
  /** The audio is copied into our storage (links never expire). */
  archived?: boolean;
  has_flac?: boolean;
  has_wav?: boolean;
  lyrics_sections?: unknown;
}

export interface Song {
  id: string;
  task_id?: string | null;
  title: string | null;
  lyrics: string | null;
  prompt: string;
  model: string;
  status: SongStatus;
  mureka_task_id?: string | null;
  mureka_status?: string | null;
  progress_info?: string | null;
  failed_reason?: string | null;
  is_instrumental: boolean;
  tags: string[];
  workflow: SongWorkflow;
  sketch_id?: string | null;
  choices: SongChoice[];
  created_at: string;
  updated_at?: string;
  completed_at?: string | null;
}

export interface GenerateSongRequest {
  lyrics: string;
  prompt: string;
  model: MurekaModel;
  title?: string | null;
  sketch_id?: string | null;
}

export interface GenerateInstrumentalRequest {
  prompt: string;
  model: MurekaModel;
  title?: string | null;
}

/** 202 answer of a generation: the job is stored, Mureka is called in the background. */
export interface SongTaskAccepted {
  task_id: string;
  song_id: string;
  status: SongStatus;
}

/** One job update: the status endpoint's answer, or an event of the SSE stream (without `song`). */
export interface SongProgress {
  task_id: string;
  song_id?: string;
  status: SongStatus;
  progress_info?: string | null;
  mureka_status?: string | null;
  failed_reason?: string | null;
  song?: Song;
}

export interface SongQuery {
  q?: string;
  status?: SongStatus | '';
  workflow?: SongWorkflow | '';
  is_instrumental?: boolean | '';
  rated?: boolean | '';
  sort?: string;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface SongUpdate {
  title?: string | null;
  tags?: string[];
  workflow?: SongWorkflow;
}

export interface QueueStatus {
  active: number;
  pending: number;
  completed: number;
  failed: number;
  cancelled?: number;
  slots_in_use?: number | null;
  slots_max?: number;
  /** online, offline, or unknown while Redis is down. */
  worker?: string;
  workers?: number | null;
}

/** Mureka's billing figures; money in US cents. */
export interface MurekaAccount {
  account_id?: number;
  balance?: number | null;
  total_recharge?: number | null;
  total_spending?: number | null;
  concurrent_request_limit?: number | null;
}

/** A signed link to a choice's audio. */
export interface AudioLink {
  url: string;
  format: AudioFormat;
  archived: boolean;
  expires_at: string;
}

/** Statuses after which nothing changes any more (unless rechecked). */
export const FINAL_STATUSES: readonly SongStatus[] = ['SUCCESS', 'FAILURE', 'CANCELLED'];
