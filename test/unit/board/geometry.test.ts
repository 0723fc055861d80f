// The map's plane geometry: fitting the map into the canvas, dashes for cordon outlines, hatching for
// affected areas, and what the pointer is on.
import { describe, expect, it } from 'vitest';
import { dashSegments, fitProjection, hatchSegments, pick, pointInPolygon, project } from '../../../src/board/geometry.js';

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
