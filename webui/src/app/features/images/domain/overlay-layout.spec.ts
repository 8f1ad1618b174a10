import {
  clickToPoint,
  gridPoint,
  GRID_POSITIONS,
  layoutOverlay,
  overlayTexts,
} from './overlay-layout';

const IMAGE = { width: 1000, height: 1000 };

describe('overlay layout', () => {
  it('maps the 3x3 grid to 10 / 50 / 90 %', () => {
    expect(gridPoint('top-left')).toEqual({ x: 0.1, y: 0.1 });
    expect(gridPoint('center')).toEqual({ x: 0.5, y: 0.5 });
    expect(gridPoint('middle-right')).toEqual({ x: 0.9, y: 0.5 });
    expect(gridPoint('bottom-center')).toEqual({ x: 0.5, y: 0.9 });
    expect(new Set(GRID_POSITIONS.map((p) => JSON.stringify(gridPoint(p)))).size).toBe(9);
  });

  it('turns a click on a scaled preview into a relative point', () => {
    const box = { left: 100, top: 50, width: 500, height: 500 };
    expect(clickToPoint(350, 300, box)).toEqual({ x: 0.5, y: 0.5 });
    expect(clickToPoint(50, 700, box)).toEqual({ x: 0, y: 1 });
    expect(clickToPoint(100 + 500 / 3, 50, box)).toEqual({ x: 0.333, y: 0 });
  });

  it('centres the block on the anchor', () => {
    const layout = layoutOverlay(IMAGE, { x: 0.5, y: 0.5 }, { width: 400, height: 100 }, null);
    expect(layout.title).toEqual({ x: 300, y: 450, width: 400, height: 100 });
    expect(layout.anchor).toEqual({ x: 500, y: 500 });
  });

  it('puts the artist line centred under the title', () => {
    const layout = layoutOverlay(
      IMAGE,
      { x: 0.5, y: 0.5 },
      { width: 400, height: 100 },
      { width: 200, height: 40 },
    );
    expect(layout.artist).toEqual({ x: 400, y: layout.title.y + 100 + 10, width: 200, height: 40 });
    expect(layout.title.y).toBe(500 - 150 / 2);
  });

  it('keeps text inside the image with a margin, wherever the anchor is', () => {
    for (const anchor of [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 0.1, y: 0.9 },
      { x: 0.95, y: 0.05 },
    ]) {
      const layout = layoutOverlay(
        IMAGE,
        anchor,
        { width: 600, height: 150 },
        { width: 300, height: 60 },
      );
      for (const line of [layout.title, layout.artist!]) {
        expect(line.x).toBeGreaterThanOrEqual(30);
        expect(line.y).toBeGreaterThanOrEqual(30);
        expect(line.x + line.width).toBeLessThanOrEqual(970);
        expect(line.y + line.height).toBeLessThanOrEqual(970);
      }
    }
  });

  it('upper-cases the title and writes the artist as BY <ARTIST>', () => {
    expect(overlayTexts(' night drive ', ' ada ')).toEqual({
      title: 'NIGHT DRIVE',
      artist: 'BY ADA',
    });
    expect(overlayTexts('x', '  ')).toEqual({ title: 'X', artist: null });
  });
});
