/** The GPT Image request fields (openai npm package, resources/images.d.ts). */
export type ImageSize = '1024x1024' | '1536x1024' | '1024x1536' | 'auto';
export type ImageQuality = 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'auto';
export type OutputFormat = 'png' | 'webp' | 'jpeg';
export type ImageBackground = 'transparent' | 'opaque' | 'auto';
export type ImageModeration = 'low' | 'auto';

/** One image model the OpenAI account offers, with the qualities it takes. */
export interface ImageModel {
  id: string;
  qualities: ImageQuality[];
  /** ISO date of an announced shutdown, or null. */
  shutdown_date: string | null;
}

/** `GET /api/v1/image/models`: what the generator offers; the default model comes first. */
export interface ImageModelCatalogue {
  default_model: string;
  /** False when OpenAI's list could not be read; `notice` says why. */
  from_account: boolean;
  notice: string | null;
  models: ImageModel[];
  sizes: ImageSize[];
  output_formats: OutputFormat[];
  backgrounds: ImageBackground[];
  moderations: ImageModeration[];
}

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
  /** Omitted: the configured default model. */
  model?: string | null;
  size: ImageSize;
  quality: ImageQuality;
  output_format: OutputFormat;
  /** 0–100, only for webp and jpeg. */
  output_compression?: number | null;
  background?: ImageBackground | null;
  moderation?: ImageModeration | null;
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
  model?: string;
  size: string;
  quality?: string | null;
  /** png, webp or jpeg; null for images from before GPT Image. */
  output_format?: string | null;
  output_compression?: number | null;
  background?: string | null;
  moderation?: string | null;
  input_tokens?: number | null;
  output_tokens?: number | null;
  total_tokens?: number | null;
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

/** The stored format; images from before GPT Image were all PNG. */
export function imageFormat(image: Pick<GeneratedImage, 'output_format'>): string {
  return image.output_format ?? 'png';
}
