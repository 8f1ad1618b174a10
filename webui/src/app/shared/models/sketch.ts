export type SketchWorkflow = 'draft' | 'used' | 'archived';
export type SketchType = 'song' | 'instrumental';

export interface Sketch {
  id: string;
  title: string | null;
  lyrics: string | null;
  prompt: string;
  tags: string[];
  workflow: SketchWorkflow;
  sketch_type: SketchType;
  lyrics_over_limit?: boolean;
  created_at: string;
  updated_at: string;
}

export interface SketchInput {
  title: string | null;
  lyrics: string | null;
  prompt: string;
  tags: string[];
  sketch_type: SketchType;
}

export interface SketchQuery {
  q?: string;
  workflow?: SketchWorkflow | '';
  tag?: string;
  sort?: 'created_at' | 'updated_at' | 'title';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** Workflow moves catalog-service allows: forward one step, or back to draft. */
export const SKETCH_MOVES: Record<SketchWorkflow, SketchWorkflow[]> = {
  draft: ['used'],
  used: ['archived', 'draft'],
  archived: ['draft'],
};
