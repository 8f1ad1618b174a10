import { FontStyle, GridPosition, RelativePoint } from '../models/image';

/** Grid positions sit at 10 %, 50 % and 90 % of each axis, as image-service renders them. */
const GRID_STEPS = [0.1, 0.5, 0.9] as const;
const ROWS = ['top', 'middle', 'bottom'] as const;
const COLUMNS = ['left', 'center', 'right'] as const;

export const GRID_POSITIONS: GridPosition[] = [
  'top-left',
  'top-center',
  'top-right',
  'middle-left',
  'center',
  'middle-right',
  'bottom-left',
  'bottom-center',
  'bottom-right',
];

/** The server's accepted font size ranges (px in the full-size image). */
export const TITLE_SIZE = { min: 20, max: 300 } as const;
export const ARTIST_SIZE = { min: 10, max: 200 } as const;

/** The same TTF files image-service renders with (see angular.json assets). */
export const FONT_FILES: Record<FontStyle, { family: string; file: string }> = {
  bold: { family: 'OverlayAnton', file: '/fonts/Anton_400Regular.ttf' },
  elegant: { family: 'OverlayPlayfair', file: '/fonts/PlayfairDisplay_400Regular.ttf' },
  light: { family: 'OverlayRobotoLight', file: '/fonts/Roboto_300Light.ttf' },
};

export function gridPoint(position: GridPosition): RelativePoint {
  if (position === 'center') {
    return { x: 0.5, y: 0.5 };
  }
  const [row, column] = position.split('-') as [string, string];
  return {
    x: GRID_STEPS[COLUMNS.indexOf(column as (typeof COLUMNS)[number])],
    y: GRID_STEPS[ROWS.indexOf(row as (typeof ROWS)[number])],
  };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A click on the (scaled) preview becomes a point on the image, 0..1, three decimals. */
export function clickToPoint(
  clickX: number,
  clickY: number,
  box: { left: number; top: number; width: number; height: number },
): RelativePoint {
  const round = (v: number) => Math.round(clamp(v, 0, 1) * 1000) / 1000;
  return {
    x: round((clickX - box.left) / box.width),
    y: round((clickY - box.top) / box.height),
  };
}

export interface TextBox {
  width: number;
  /** Ascent + descent of the line at its font size. */
  height: number;
}

export interface LineLayout {
  /** Left edge and baseline-free top of the line in image pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverlayLayout {
  title: LineLayout;
  artist: LineLayout | null;
  /** The anchor in image pixels, where the red marker is drawn. */
  anchor: { x: number; y: number };
}

/**
 * Places the title (and the artist line below it) so the block is centred on the anchor,
 * then pushes it back inside the image with a margin: text is never cut off at an edge.
 * The artist line sits under the title with a gap of a quarter of the artist size.
 */
export function layoutOverlay(
  image: { width: number; height: number },
  anchor: RelativePoint,
  title: TextBox,
  artist: TextBox | null,
  margin = Math.round(Math.min(image.width, image.height) * 0.03),
): OverlayLayout {
  const gap = artist ? Math.round(artist.height * 0.25) : 0;
  const blockWidth = Math.max(title.width, artist?.width ?? 0);
  const blockHeight = title.height + (artist ? gap + artist.height : 0);
  const ax = anchor.x * image.width;
  const ay = anchor.y * image.height;
  const left = clamp(
    ax - blockWidth / 2,
    margin,
    Math.max(margin, image.width - margin - blockWidth),
  );
  const top = clamp(
    ay - blockHeight / 2,
    margin,
    Math.max(margin, image.height - margin - blockHeight),
  );
  const centre = left + blockWidth / 2;
  return {
    anchor: { x: ax, y: ay },
    title: { x: centre - title.width / 2, y: top, width: title.width, height: title.height },
    artist: artist
      ? {
          x: centre - artist.width / 2,
          y: top + title.height + gap,
          width: artist.width,
          height: artist.height,
        }
      : null,
  };
}

/** The title is rendered upper-case and the artist as "BY <ARTIST>", exactly as the server does. */
export function overlayTexts(title: string, artist: string | null | undefined) {
  const trimmedArtist = artist?.trim();
  return {
    title: title.trim().toUpperCase(),
    artist: trimmedArtist ? `BY ${trimmedArtist.toUpperCase()}` : null,
  };
}
