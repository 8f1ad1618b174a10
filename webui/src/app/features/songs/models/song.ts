export type SongStatus = 'PENDING' | 'PROGRESS' | 'SUCCESS' | 'FAILURE' | 'CANCELLED';
export type SongWorkflow = 'onWork' | 'inUse' | 'notUsed';
export type AudioFormat = 'mp3' | 'flac' | 'wav';

export const MUREKA_MODELS = ['auto', 'mureka-7.5', 'mureka-7', 'mureka-6', 'mureka-o1'] as const;
export type MurekaModel = (typeof MUREKA_MODELS)[number];

export interface SongChoice {
  id: string;
  choice_index: number;
  title?: string | null;
  duration?: number | null;
  mp3_url?: string | null;
  flac_url?: string | null;
  wav_url?: string | null;
  cover_url?: string | null;
  rating: 0 | 1 | null;
}

export interface Song {
  id: string;
  task_id?: string | null;
  title: string | null;
  lyrics: string | null;
  prompt: string;
  model: string;
  status: SongStatus;
  mureka_status?: string | null;
  progress_info?: string | null;
  failure_reason?: string | null;
  is_instrumental: boolean;
  tags: string[];
  workflow: SongWorkflow;
  sketch_id?: string | null;
  choices: SongChoice[];
  created_at: string;
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

/** One job update, from the status endpoint or the SSE stream. */
export interface SongProgress {
  task_id: string;
  song_id?: string;
  status: SongStatus;
  progress_info?: string | null;
  mureka_status?: string | null;
  failure_reason?: string | null;
  song?: Song;
}

export interface SongQuery {
  q?: string;
  status?: SongStatus | '';
  workflow?: SongWorkflow | '';
  is_instrumental?: boolean | '';
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
  slots_in_use?: number;
  slots_max?: number;
  worker_status?: string;
}

export interface MurekaAccount {
  balance?: number;
  total_spending?: number;
  concurrent_request_limit?: number;
  [key: string]: unknown;
}

/** Statuses after which nothing changes any more (unless rechecked). */
export const FINAL_STATUSES: readonly SongStatus[] = ['SUCCESS', 'FAILURE', 'CANCELLED'];
