// The map's plane geometry: fitting the map into the canvas, dashes for cordon outlines, hatching for
// affected areas, and what the pointer is on.
import { describe, expect, it } from 'vitest';
import { bringIntoView, dashSegments, fitProjection, hatchSegments, MAX_ZOOM, panBy, pick, pointInPolygon, project, scaleBar, viewProjection, wholeMap, zoomAt } from '../../../src/board/geometry.js';

const square = [
  [0, 0],
  [100, 0],
  [100, 100],
  [0, 100],
] as const;

describe('fitProjection', () => {
  it('shows the whole map, centred, at the largest scale that fits inside the margin', () => {
    const pr = fitProjection({ width: 4000, height: 3000 }, { width: 820, height: 420 }, 10);
    expect(pr.scale).toBeCloseTo(400 / 3000);
    expect(project([0, 0], pr)).toEqual([(820 - 4000 * pr.scale) / 2, 10]);
    const [x, y] = project([4000, 3000], pr);
    expect(x).toBeCloseTo(820 - (820 - 4000 * pr.scale) / 2);
    expect(y).toBeCloseTo(410);
  });

  it('never divides by zero for a collapsed viewport', () => {
    expect(Number.isFinite(fitProjection({ width: 10, height: 10 }, { width: 0, height: 0 }, 20).scale)).toBe(true);
  });
});

describe('dashSegments', () => {
  it('dashes a closed outline with the pattern running on round the corners', () => {
    const dashes = dashSegments(square, 30, 15);
    // Perimeter 400 with a period of 45: eight whole dashes and a ninth; the third runs round the first corner.
    const drawn = dashes.reduce((sum, [x1, y1, x2, y2]) => sum + Math.hypot(x2 - x1, y2 - y1), 0);
    expect(drawn).toBeCloseTo(8 * 30 + 30);
    expect(dashes.slice(0, 4)).toEqual([
      [0, 0, 30, 0],
      [45, 0, 75, 0],
      [90, 0, 100, 0],
      [100, 0, 100, 20],
    ]);
  });

  it('gives nothing for a degenerate pattern', () => {
    expect(dashSegments(square, 0, 5)).toEqual([]);
  });
});

describe('hatchSegments', () => {
  it('fills a polygon with parallel lines that stay inside it', () => {
    const lines = hatchSegments(square, 10);
    expect(lines.length).toBeGreaterThan(10);
    for (const [x1, y1, x2, y2] of lines) {
      for (const v of [x1, y1, x2, y2]) {
        expect(v).toBeGreaterThanOrEqual(-1e-9);
        expect(v).toBeLessThanOrEqual(100 + 1e-9);
      }
      // 45° lines: the slope is ±1.
      expect(Math.abs(Math.abs((y2 - y1) / (x2 - x1)) - 1)).toBeLessThan(1e-9);
    }
  });

  it('leaves the hole of a concave polygon unhatched', () => {
    const u = [
      [0, 0],
      [30, 0],
      [30, 70],
      [70, 70],
      [70, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ] as const;
    for (const [x1, y1, x2, y2] of hatchSegments(u, 5, 0)) {
      const midX = (x1 + x2) / 2;
      const midY = (y1 + y2) / 2;
      expect(pointInPolygon(midX, midY, u)).toBe(true);
    }
  });
});

describe('pick', () => {
  it('finds the top-most target under the pointer: an icon before the shape beneath it', () => {
    const targets = [
      { id: 'marker:a', x: 50, y: 50, radius: 10 },
      { id: 'zone:inner', polygon: square },
    ];
    expect(pick(55, 52, targets)).toBe('marker:a');
    expect(pick(80, 80, targets)).toBe('zone:inner');
    expect(pick(150, 150, targets)).toBeNull();
  });
});

describe('scaleBar', () => {
  it('picks the longest round length (1, 2 or 5 × 10ⁿ m) that fits', () => {
    // 0.1 px per metre: 120 px is 1200 m, so the bar is 1 km, 100 px long.
    expect(scaleBar(0.1, 120)).toEqual({ metres: 1000, px: 100 });
    expect(scaleBar(0.1, 250)).toEqual({ metres: 2000, px: 200 });
    expect(scaleBar(1, 120)).toEqual({ metres: 100, px: 100 });
    const bar = scaleBar(0.37, 150)!;
    expect(bar.metres).toBe(200);
    expect(bar.px).toBeCloseTo(74);
  });

  it('grows in metres as the map is zoomed out and never exceeds the room given', () => {
    for (const pxPerMetre of [0.01, 0.05, 0.13, 0.5, 2, 7]) {
      const bar = scaleBar(pxPerMetre, 140)!;
      expect(bar.px).toBeLessThanOrEqual(140);
      expect(bar.px).toBeGreaterThan(140 / 5 - 1e-9);
      expect(String(bar.metres)).toMatch(/^[125]0*$/);
    }
  });

  it('says nothing for a collapsed map', () => {
    expect(scaleBar(0, 120)).toBeNull();
    expect(scaleBar(Number.NaN, 120)).toBeNull();
    expect(scaleBar(0.1, 0)).toBeNull();
  });
});

describe('pan and zoom', () => {
  const bounds = { width: 4000, height: 3000 };
  const viewport = { width: 800, height: 500 };

  it('the whole map is the fitted projection', () => {
    expect(viewProjection(bounds, viewport, 10, wholeMap(bounds))).toEqual(fitProjection(bounds, viewport, 10));
  });

  it('zooming at a point keeps the map point under it in place', () => {
    const at: [number, number] = [600, 120];
    const before = viewProjection(bounds, viewport, 10, wholeMap(bounds));
    const view = zoomAt(wholeMap(bounds), 2, at, bounds, viewport, 10);
    expect(view.zoom).toBe(2);
    const after = viewProjection(bounds, viewport, 10, view);
    const m = [(at[0] - before.offsetX) / before.scale, (at[1] - before.offsetY) / before.scale] as const;
    const [x, y] = project(m, after);
    expect(x).toBeCloseTo(at[0]);
    expect(y).toBeCloseTo(at[1]);
  });

  it('zoom stays between the whole map and the closest zoom; zoomed out the map is centred', () => {
    expect(zoomAt(wholeMap(bounds), 0.5, [10, 10], bounds, viewport, 10)).toEqual(wholeMap(bounds));
    expect(zoomAt({ zoom: MAX_ZOOM, centre: [100, 100] }, 3, [10, 10], bounds, viewport, 10).zoom).toBe(MAX_ZOOM);
  });

  it('a drag moves the map with the pointer, and the map cannot be dragged away', () => {
    const view = { zoom: 2, centre: [2000, 1500] as const };
    const scale = viewProjection(bounds, viewport, 10, view).scale;
    const moved = panBy(view, 100, -50, bounds, viewport, 10);
    expect(moved.centre[0]).toBeCloseTo(2000 - 100 / scale);
    expect(moved.centre[1]).toBeCloseTo(1500 + 50 / scale);
    expect(panBy(view, 1e6, 1e6, bounds, viewport, 10).centre).toEqual([0, 0]);
  });

  it('brings a selected item that is off the canvas into view', () => {
    const view = { zoom: 4, centre: [500, 500] as const };
    const moved = bringIntoView(view, [3500, 2500], bounds, viewport, 10, 30);
    const [x, y] = project([3500, 2500], viewProjection(bounds, viewport, 10, moved));
    expect(x).toBeLessThanOrEqual(viewport.width - 30 + 1e-6);
    expect(y).toBeLessThanOrEqual(viewport.height - 30 + 1e-6);
    expect(bringIntoView(view, [500, 500], bounds, viewport, 10, 30)).toBe(view);
  });
});
