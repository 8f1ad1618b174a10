import {
  alignment,
  clickToPoint,
  fitScale,
  gridPoint,
  GRID_POSITIONS,
  margin,
  overlayTexts,
  place,
  stack,
} from './overlay-layout';

const IMAGE = { width: 1000, height: 1000 };

describe('overlay layout (mirrors image-service OverlayLayout)', () => {
  it('maps the 3x3 grid to 10 / 50 / 90 %', () => {
    expect(gridPoint('top-left')).toEqual({ x: 0.1, y: 0.1 });
    expect(gridPoint('center')).toEqual({ x: 0.5, y: 0.5 });
    expect(gridPoint('center-right')).toEqual({ x: 0.9, y: 0.5 });
    expect(gridPoint('bottom-center')).toEqual({ x: 0.5, y: 0.9 });
    expect(new Set(GRID_POSITIONS.map((p) => JSON.stringify(gridPoint(p)))).size).toBe(9);
  });

  it('aligns by third: start, middle, end', () => {
    expect(alignment(0.1)).toBe(-1);
    expect(alignment(1 / 3)).toBe(-1);
    expect(alignment(0.5)).toBe(0);
    expect(alignment(2 / 3)).toBe(1);
    expect(alignment(0.9)).toBe(1);
  });

  it('keeps a margin of the outline or 2 % of the shorter side', () => {
    expect(margin({ width: 1792, height: 1024 }, 3)).toBeCloseTo(20.48);
    expect(margin({ width: 100, height: 100 }, 5)).toBe(5);
  });

  it('turns a click on a scaled preview into a relative point', () => {
    const box = { left: 100, top: 50, width: 500, height: 500 };
    expect(clickToPoint(350, 300, box)).toEqual({ x: 0.5, y: 0.5 });
    expect(clickToPoint(50, 700, box)).toEqual({ x: 0, y: 1 });
    expect(clickToPoint(100 + 500 / 3, 50, box)).toEqual({ x: 0.333, y: 0 });
  });

  it('places a block: left third starts at the point, centre is centred, right third ends at it', () => {
    const block = { width: 200, height: 100 };
    expect(place(block, { x: 0.1, y: 0.1 }, IMAGE, 20)).toEqual({
      left: 100,
      top: 100,
      width: 200,
      height: 100,
    });
    expect(place(block, { x: 0.5, y: 0.5 }, IMAGE, 20)).toEqual({
      left: 400,
      top: 450,
      width: 200,
      height: 100,
    });
    expect(place(block, { x: 0.9, y: 0.9 }, IMAGE, 20)).toEqual({
      left: 700,
      top: 800,
      width: 200,
      height: 100,
    });
  });

  it('pushes a block back inside the margins, and centres one larger than the space', () => {
    expect(place({ width: 200, height: 100 }, { x: 0, y: 1 }, IMAGE, 20)).toMatchObject({
      left: 20,
      top: 880,
    });
    // min 20, max 1000 - 20 - 990 = -10: centred between them
    expect(place({ width: 990, height: 100 }, { x: 0.5, y: 0.5 }, IMAGE, 20).left).toBe(5);
  });

  it('stacks the artist under the title with a gap of 30 % of its height, aligned by column', () => {
    const layout = stack(
      { width: 400, height: 100 },
      { width: 200, height: 40 },
      { x: 0.9, y: 0.9 },
      IMAGE,
      20,
    );
    expect(layout.title.left + layout.title.width).toBe(900);
    expect(layout.artist.left + layout.artist.width).toBe(900);
    expect(layout.artist.top).toBeCloseTo(layout.title.top + 100 + 12);
    const centred = stack(
      { width: 400, height: 100 },
      { width: 200, height: 40 },
      { x: 0.5, y: 0.5 },
      IMAGE,
      20,
    );
    expect(centred.artist.left).toBe(400);
  });

  it('shrinks a block only when it does not fit', () => {
    expect(fitScale({ width: 480, height: 100 }, IMAGE, 20)).toBe(1);
    expect(fitScale({ width: 1920, height: 100 }, IMAGE, 20)).toBeCloseTo(0.5);
  });

  it('upper-cases the title and writes the artist as BY <ARTIST>', () => {
    expect(overlayTexts(' night drive ', ' ada ')).toEqual({
      title: 'NIGHT DRIVE',
      artist: 'BY ADA',
    });
    expect(overlayTexts('x', '  ')).toEqual({ title: 'X', artist: null });
  });
});
