import { FontStyle, GridPosition, RelativePoint } from '../models/image';

/**
 * The overlay geometry of image-service's `OverlayLayout` + `OverlayRenderer`, rule for rule, so
 * the canvas preview puts text where the server will: grid points at 10/50/90 %, alignment by
 * third (left third → the point is the left edge, right third → the right edge, else centred),
 * an outline-wide box around the glyph ink, a margin of max(outline, 2 % of the shorter side),
 * text shrunk to fit, and an artist line stacked under the title with a gap of 30 % of its height.
 */

const GRID_STEPS = [0.1, 0.5, 0.9] as const;
const ROWS = ['top', 'center', 'bottom'] as const;
const COLUMNS = ['left', 'center', 'right'] as const;
const MARGIN_SHARE = 0.02;
const STACK_GAP_SHARE = 0.3;

export const GRID_POSITIONS: GridPosition[] = [
  'top-left',
  'top-center',
  'top-right',
  'center-left',
  'center',
  'center-right',
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

/** -1: the point is the block's start; 1: its end; 0: its middle. */
export function alignment(fraction: number): -1 | 0 | 1 {
  if (fraction <= 1 / 3) {
    return -1;
  }
  return fraction >= 2 / 3 ? 1 : 0;
}

export function margin(image: Size, outlineWidth: number): number {
  return Math.max(outlineWidth, MARGIN_SHARE * Math.min(image.width, image.height));
}

/** The factor (at most 1) a block must shrink by to fit between the margins. */
export function fitScale(block: Size, image: Size, edge: number): number {
  const width = Math.max(1, image.width - 2 * edge);
  const height = Math.max(1, image.height - 2 * edge);
  return Math.min(1, width / block.width, height / block.height);
}

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Within [min, max]; a block larger than the space is centred in it. */
function clampInside(value: number, min: number, max: number): number {
  return max < min ? (min + max) / 2 : clamp(value, min, max);
}

function anchorAt(point: number, size: number, align: -1 | 0 | 1): number {
  return align === -1 ? point : align === 1 ? point - size : point - size / 2;
}

/** Where a block goes for a position, pushed back inside the margins where it would stick out. */
export function place(block: Size, position: RelativePoint, image: Size, edge: number): Box {
  const left = anchorAt(position.x * image.width, block.width, alignment(position.x));
  const top = anchorAt(position.y * image.height, block.height, alignment(position.y));
  return {
    left: clampInside(left, edge, image.width - edge - block.width),
    top: clampInside(top, edge, image.height - edge - block.height),
    width: block.width,
    height: block.height,
  };
}

/** Title over artist as one block, both lines aligned like the position's column. */
export function stack(
  title: Size,
  artist: Size,
  position: RelativePoint,
  image: Size,
  edge: number,
): { title: Box; artist: Box } {
  const gap = artist.height * STACK_GAP_SHARE;
  const width = Math.max(title.width, artist.width);
  const outer = place({ width, height: title.height + gap + artist.height }, position, image, edge);
  const align = alignment(position.x);
  const inner = (w: number) =>
    align === -1
      ? outer.left
      : align === 1
        ? outer.left + outer.width - w
        : outer.left + (outer.width - w) / 2;
  return {
    title: { left: inner(title.width), top: outer.top, width: title.width, height: title.height },
    artist: {
      left: inner(artist.width),
      top: outer.top + title.height + gap,
      width: artist.width,
      height: artist.height,
    },
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
