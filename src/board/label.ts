// Scenario texts are one language-neutral string or { nl, en }; a missing translation falls back to
// the other language, so a half-translated scenario still shows something readable on the board.
import type { TextT } from '../engine/scenario/schema.js';
import type { Language } from '../i18n/index.js';

export function localised(text: TextT, lang: Language): string {
  if (typeof text === 'string') return text;
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  return text[lang] || text[other] || '';
}

// ---------------------------------------------------------------- label placement
// Where each name goes on the map. Pure and deterministic (the same picture and size always give the
// same places, whatever order the items came in), so it is tested without a canvas: every label tries
// the places around its icon in a fixed order and takes the first that covers no icon, no name placed
// before it and nothing outside the map. A name with no free place is left out of the picture; it is
// still in the details on hover and focus, in the DOM list and, zoomed in, back on the map.

/** An axis-aligned box in screen pixels: top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly id: string;
  /** The centre of the item's icon (or of its area, for an area's name). */
  readonly anchor: readonly [number, number];
  /** Half the icon's size: the label keeps clear of it. 0 for an area's name, which sits on its centre. */
  readonly clearance: number;
  readonly width: number;
  readonly height: number;
  /** Lower goes first and so gets the best place (the incident before a unit before a place before an area). */
  readonly priority: number;
  /** Only the centre (an area's name); otherwise the places round the icon. */
  readonly centred?: boolean;
}

/** The gap between an icon and its name. */
const GAP = 2;

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The places round an icon, best first: under it (where a map reader looks), right, above, left, the
 * corners; then the same directions further out, for a crowded spot (the scene draws a thin line from
 * the icon to a name that is not beside it).
 */
function candidates(r: LabelRequest): Box[] {
  const [cx, cy] = r.anchor;
  const { width: w, height: h } = r;
  const box = (x: number, y: number): Box => ({ x, y, width: w, height: h });
  // An area's name: on its centre, or moved up or down out of the way of what lies there.
  if (r.centred) return [0, 1, -1, 2, -2].map((k) => box(cx - w / 2, cy - h / 2 + k * h));
  const out: Box[] = [];
  for (let ring = 0; ring < RINGS; ring++) {
    const c = r.clearance + GAP + ring * (h + GAP);
    const d = c * Math.SQRT1_2;
    out.push(box(cx - w / 2, cy + c), box(cx + c, cy - h / 2), box(cx - w / 2, cy - c - h), box(cx - c - w, cy - h / 2));
    out.push(box(cx + d, cy + d), box(cx - d - w, cy + d), box(cx + d, cy - d - h), box(cx - d - w, cy - d - h));
  }
  return out;
}

/** How many steps outwards a name may move from its icon before it is left out. */
const RINGS = 3;

/** Boxes in buckets of a coarse grid, so a check looks at the neighbours only (a stress picture has hundreds of icons). */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.width) / this.cell); i++) {
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.height) / this.cell); j++) out.push(`${i},${j}`);
    }
    return out;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }

  hits(b: Box): boolean {
    return this.keys(b).some((key) => this.cells.get(key)?.some((other) => overlaps(b, other)) ?? false);
  }
}

function inside(box: Box, area: { readonly width: number; readonly height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= area.width && box.y + box.height <= area.height;
}

/** A name near the map's edge moves inwards rather than off the map (and is then checked like any other place). */
function intoArea(box: Box, area: { readonly width: number; readonly height: number }): Box {
  const x = Math.min(Math.max(box.x, 0), area.width - box.width);
  const y = Math.min(Math.max(box.y, 0), area.height - box.height);
  return x === box.x && y === box.y ? box : { ...box, x, y };
}

/**
 * A place for every label that has a free one, null for the rest. `icons` are the boxes nothing may
 * cover (every icon, badge and hospital bar on the map); `area` is the visible map in pixels.
 */
export function placeLabels(requests: readonly LabelRequest[], icons: readonly Box[], area: { readonly width: number; readonly height: number }): Map<string, Box | null> {
  const order = [...requests].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new BoxIndex(64);
  for (const icon of icons) taken.add(icon);
  const out = new Map<string, Box | null>();
  for (const request of order) {
    const around = candidates(request);
    const free = [...around, ...around.map((box) => intoArea(box, area))].find((box) => inside(box, area) && !taken.hits(box));
    out.set(request.id, free ?? null);
    if (free) taken.add(free);
  }
  return out;
}

/** The box of an icon of `size` pixels centred on a point. */
export function iconBox(centre: readonly [number, number], size: number): Box {
  return { x: centre[0] - size / 2, y: centre[1] - size / 2, width: size, height: size };
}
