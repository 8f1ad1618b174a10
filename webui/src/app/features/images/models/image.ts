export type ImageSize = '1024x1024' | '1792x1024' | '1024x1792';
export type ImageQuality = 'standard' | 'hd';

/** Style fields image-service folds into the final prompt. */
export interface ImageStyle {
  artistic_style?: string | null;
  composition?: string | null;
  lighting?: string | null;
  color_palette?: string | null;
  detail_level?: string | null;
}

export interface GenerateImageRequest extends ImageStyle {
  prompt: string;
  size: ImageSize;
  quality: ImageQuality;
  user_prompt?: string | null;
  title?: string | null;
  tags?: string[];
}

export interface GeneratedImage extends ImageStyle {
  id: string;
  title: string | null;
  tags: string[];
  prompt: string;
  user_prompt: string | null;
  enhanced_prompt: string | null;
  revised_prompt: string | null;
  size: string;
  quality?: string | null;
  starred: boolean;
  width?: number;
  height?: number;
  bytes?: number;
  storage_backend?: string;
  /** Signed, short-lived URL of the image. */
  url: string | null;
  source_image_id?: string | null;
  has_overlay?: boolean;
  text_overlay_metadata?: Record<string, unknown> | null;
  created_at: string;
  updated_at?: string;
}

export interface ImageQuery {
  q?: string;
  composition?: string;
  artistic_style?: string;
  size?: string;
  starred?: boolean | '';
  has_overlay?: boolean | '';
  /** YYYY-MM-DD, inclusive. */
  created_from?: string;
  created_to?: string;
  sort?: 'created_at' | 'title';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface ImageUpdate {
  title?: string | null;
  tags?: string[];
  starred?: boolean;
}

export interface BulkDeleteResult {
  deleted: string[];
  not_found: string[];
  deleted_count: number;
  not_found_count: number;
}

export type FontStyle = 'bold' | 'elegant' | 'light';

export type GridPosition =
  | 'top-left'
  | 'top-center'
  | 'top-right'
  | 'center-left'
  | 'center'
  | 'center-right'
  | 'bottom-left'
  | 'bottom-center'
  | 'bottom-right';

/** A point on the image, 0..1 from the left and from the top. */
export interface RelativePoint {
  x: number;
  y: number;
}

export interface TextOverlayRequest {
  image_id: string;
  title: string;
  artist?: string | null;
  font_style: FontStyle;
  artist_font_style?: FontStyle | null;
  /** A grid name, or a custom point; the artist line is stacked under the title when it has none. */
  title_position: GridPosition | RelativePoint;
  artist_position?: GridPosition | RelativePoint | null;
  title_font_size: number;
  artist_font_size: number;
  title_color: string;
  artist_color: string;
  outline_color: string;
  outline_width: number;
}

/** The style choices the generator offers (values image-service documents). */
export const IMAGE_STYLE_OPTIONS = {
  artistic_style: [
    'photorealistic',
    'digital-art',
    'oil-painting',
    'watercolor',
    'pencil-sketch',
    'anime',
    '3d-render',
    'pop-art',
    'minimalist',
    'vintage-poster',
    'surreal',
  ],
  composition: ['album-cover', 'landscape', 'portrait', 'wide-angle', 'close-up'],
  lighting: [
    'natural',
    'golden-hour',
    'studio',
    'dramatic',
    'neon',
    'soft',
    'backlit',
    'moonlight',
  ],
  color_palette: [
    'vibrant',
    'muted',
    'monochrome',
    'pastel',
    'warm',
    'cool',
    'dark',
    'black-and-white',
  ],
  detail_level: ['minimal', 'moderate', 'high', 'ultra'],
} as const;

export type StyleField = keyof typeof IMAGE_STYLE_OPTIONS;

/** The URL to show an image with. */
export function imageUrl(image: GeneratedImage): string | null {
  return image.url ?? null;
}
