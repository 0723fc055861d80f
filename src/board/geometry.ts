// Plane geometry the map needs and Phaser does not give in both renderers alike: fitting the scenario's
// map (metres) into the canvas (pixels), dashed outlines (cordons are told apart by line style, not
// only by colour) and hatching (an affected area reads as "hatched" in black and white too).
import type { Point, Polygon } from './view-model.js';

export interface Projection {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export type Segment = readonly [number, number, number, number];

/** The largest uniform scale that shows the whole map inside the viewport, centred, with a margin. */
export function fitProjection(bounds: { width: number; height: number }, viewport: { width: number; height: number }, margin: number): Projection {
  const w = Math.max(1, viewport.width - 2 * margin);
  const h = Math.max(1, viewport.height - 2 * margin);
  const scale = Math.min(w / bounds.width, h / bounds.height);
  return { scale, offsetX: (viewport.width - bounds.width * scale) / 2, offsetY: (viewport.height - bounds.height * scale) / 2 };
}

export function project(p: Point, pr: Projection): [number, number] {
  return [pr.offsetX + p[0] * pr.scale, pr.offsetY + p[1] * pr.scale];
}

export function projectPolygon(polygon: Polygon, pr: Projection): [number, number][] {
  return polygon.map((p) => project(p, pr));
}

/** Even-odd rule: true inside the polygon. */
export function pointInPolygon(x: number, y: number, polygon: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as readonly [number, number];
    const [xj, yj] = polygon[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The dashes of a closed outline: `dash` drawn, `gap` left open, continuing round the corners. */
export function dashSegments(polygon: readonly (readonly [number, number])[], dash: number, gap: number): Segment[] {
  const out: Segment[] = [];
  const period = dash + gap;
  if (polygon.length < 2 || dash <= 0 || period <= 0) return out;
  let phase = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i] as readonly [number, number];
    const [x2, y2] = polygon[(i + 1) % polygon.length] as readonly [number, number];
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length === 0) continue;
    const ux = (x2 - x1) / length;
    const uy = (y2 - y1) / length;
    let at = 0;
    while (at < length) {
      const inDash = phase < dash;
      const step = Math.min(length - at, inDash ? dash - phase : period - phase);
      if (inDash) out.push([x1 + ux * at, y1 + uy * at, x1 + ux * (at + step), y1 + uy * (at + step)]);
      at += step;
      phase = (phase + step) % period;
    }
  }
  return out;
}

/** Parallel lines `spacing` apart at `angle` radians, clipped to the polygon (even-odd). */
export function hatchSegments(polygon: readonly (readonly [number, number])[], spacing: number, angle = Math.PI / 4): Segment[] {
  if (polygon.length < 3 || spacing <= 0) return [];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Rotate the polygon so the hatch lines are horizontal, cut it with scanlines, rotate the cuts back.
  const rotated = polygon.map(([x, y]) => [x * cos + y * sin, -x * sin + y * cos] as const);
  const ys = rotated.map((p) => p[1]);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const out: Segment[] = [];
  for (let y = Math.ceil(top / spacing) * spacing; y <= bottom; y += spacing) {
    const xs: number[] = [];
    for (let i = 0, j = rotated.length - 1; i < rotated.length; j = i++) {
      const [xi, yi] = rotated[i] as readonly [number, number];
      const [xj, yj] = rotated[j] as readonly [number, number];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const a = xs[k] as number;
      const b = xs[k + 1] as number;
      out.push([a * cos - y * sin, a * sin + y * cos, b * cos - y * sin, b * sin + y * cos]);
    }
  }
  return out;
}

/** What the pointer can point at: a round icon or an outlined shape, in screen pixels. */
export type Target =
  | { readonly id: string; readonly x: number; readonly y: number; readonly radius: number }
  | { readonly id: string; readonly polygon: readonly (readonly [number, number])[] };

/** The first target (top-most first) under the point, or null. */
export function pick(x: number, y: number, targets: readonly Target[]): string | null {
  for (const target of targets) {
    if ('polygon' in target) {
      if (pointInPolygon(x, y, target.polygon)) return target.id;
    } else if (Math.hypot(x - target.x, y - target.y) <= target.radius) return target.id;
  }
  return null;
}

/** A scale bar: a round length in metres and how many pixels it is long on the map as drawn. */
export interface ScaleBar {
  readonly metres: number;
  readonly px: number;
}

/**
 * The longest round length (1, 2 or 5 × a power of ten metres) whose bar fits in `maxPx` pixels at
 * `pxPerMetre` (the projection's scale: the map is in metres). Null when nothing sensible fits.
 */
export function scaleBar(pxPerMetre: number, maxPx: number): ScaleBar | null {
  if (!(pxPerMetre > 0) || !Number.isFinite(pxPerMetre) || !(maxPx > 0)) return null;
  const most = maxPx / pxPerMetre;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((m) => m * power <= most) ?? 1;
  const metres = step * power;
  if (metres < 1) return null;
  return { metres, px: metres * pxPerMetre };
}

// ---------------------------------------------------------------- pan and zoom
// The user's view of the map: how far it is zoomed in (1 shows the whole map, as fitProjection does) and
// which map point (metres) is in the middle of the canvas. Zooming changes the projection, not the
// icons: icons and names keep their size and the map spreads out under them, so a crowded spot opens up.

export interface MapView {
  readonly zoom: number;
  readonly centre: readonly [number, number];
}

export const MAX_ZOOM = 8;

type Size = { readonly width: number; readonly height: number };

export function wholeMap(bounds: Size): MapView {
  return { zoom: 1, centre: [bounds.width / 2, bounds.height / 2] };
}

/** Zoom between the whole map and MAX_ZOOM; the middle of the canvas always over the map; the whole map centred. */
export function clampView(view: MapView, bounds: Size): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, Number.isFinite(view.zoom) ? view.zoom : 1));
  if (zoom <= 1) return wholeMap(bounds);
  const [x, y] = view.centre;
  return { zoom, centre: [Math.min(bounds.width, Math.max(0, x)), Math.min(bounds.height, Math.max(0, y))] };
}

export function viewProjection(bounds: Size, viewport: Size, margin: number, view: MapView): Projection {
  const scale = fitProjection(bounds, viewport, margin).scale * view.zoom;
  return { scale, offsetX: viewport.width / 2 - view.centre[0] * scale, offsetY: viewport.height / 2 - view.centre[1] * scale };
}

/** Zoom by `factor` keeping the map point under `at` (screen pixels) where it is, as a wheel or a pinch does. */
export function zoomAt(view: MapView, factor: number, at: readonly [number, number], bounds: Size, viewport: Size, margin: number): MapView {
  const before = viewProjection(bounds, viewport, margin, view);
  const mx = (at[0] - before.offsetX) / before.scale;
  const my = (at[1] - before.offsetY) / before.scale;
  const zoom = Math.min(MAX_ZOOM, Math.max(1, view.zoom * factor));
  const scale = before.scale * (zoom / view.zoom);
  return clampView({ zoom, centre: [mx + (viewport.width / 2 - at[0]) / scale, my + (viewport.height / 2 - at[1]) / scale] }, bounds);
}

/** Move the map by a drag of (dx, dy) screen pixels. */
export function panBy(view: MapView, dx: number, dy: number, bounds: Size, viewport: Size, margin: number): MapView {
  const scale = viewProjection(bounds, viewport, margin, view).scale;
  return clampView({ zoom: view.zoom, centre: [view.centre[0] - dx / scale, view.centre[1] - dy / scale] }, bounds);
}

/** The view moved just enough to bring a map point (an item the keyboard selected) inside the canvas, with `inset` pixels to spare. */
export function bringIntoView(view: MapView, point: readonly [number, number], bounds: Size, viewport: Size, margin: number, inset: number): MapView {
  const pr = viewProjection(bounds, viewport, margin, view);
  const [x, y] = project(point, pr);
  const dx = x < inset ? inset - x : x > viewport.width - inset ? viewport.width - inset - x : 0;
  const dy = y < inset ? inset - y : y > viewport.height - inset ? viewport.height - inset - y : 0;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy, bounds, viewport, margin);
}
