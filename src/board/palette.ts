// How the map looks: colours, line widths and sizes, for the screen and for the projector (larger,
// higher contrast). The ring model is told apart by line style as well as colour: source filled, inner
// cordon solid, outer cordon dashed, effect area dotted.
import type { AreaKind, Ring } from './kinds.js';

export interface Stroke {
  readonly width: number;
  readonly colour: number;
  readonly alpha: number;
  /** Dash and gap in pixels; none for a solid line. */
  readonly dash?: readonly [number, number];
}

export interface Fill {
  readonly colour: number;
  readonly alpha: number;
}

export interface Palette {
  readonly backdrop: number;
  readonly land: Fill;
  readonly areas: Readonly<Record<AreaKind, { readonly fill: Fill | null; readonly stroke: Stroke }>>;
  readonly rings: Readonly<Record<Ring, { readonly fill: Fill; readonly stroke: Stroke }>>;
  readonly inactiveZone: Stroke;
  readonly affected: { readonly hatch: Stroke; readonly spacing: number; readonly outline: Stroke };
  readonly alertArea: Stroke;
  readonly hospitalBar: { readonly width: number; readonly height: number; readonly border: number; readonly back: number; readonly ok: number; readonly busy: number; readonly full: number };
  readonly highlight: Stroke;
  readonly iconPx: number;
  readonly badgePx: number;
  readonly areaLabel: { readonly size: number; readonly colour: string; readonly halo: string; readonly haloWidth: number };
  readonly poiLabel: { readonly size: number; readonly colour: string; readonly halo: string; readonly haloWidth: number };
  readonly margin: number;
}

const screen: Palette = {
  backdrop: 0xdfe3e8,
  land: { colour: 0xf4f1e8, alpha: 1 },
  areas: {
    municipality: { fill: null, stroke: { width: 2, colour: 0x4a5360, alpha: 1 } },
    district: { fill: { colour: 0xebe6d8, alpha: 1 }, stroke: { width: 1.5, colour: 0x8a94a3, alpha: 1 } },
    zone: { fill: null, stroke: { width: 1.5, colour: 0x4a5360, alpha: 1, dash: [2, 5] } },
    water: { fill: { colour: 0xa9cbe8, alpha: 1 }, stroke: { width: 1.5, colour: 0x4f7fa8, alpha: 1 } },
    park: { fill: { colour: 0xcfe5c4, alpha: 1 }, stroke: { width: 1.5, colour: 0x5f8f50, alpha: 1 } },
    industrial: { fill: { colour: 0xdcd8d0, alpha: 1 }, stroke: { width: 1.5, colour: 0x7d776b, alpha: 1 } },
    airside: { fill: { colour: 0xe1e4ea, alpha: 1 }, stroke: { width: 1.5, colour: 0x7d8694, alpha: 1 } },
    other: { fill: { colour: 0xece9e1, alpha: 1 }, stroke: { width: 1.5, colour: 0x8a94a3, alpha: 1 } },
  },
  rings: {
    source: { fill: { colour: 0xc62828, alpha: 0.45 }, stroke: { width: 3, colour: 0x8e0000, alpha: 1 } },
    inner: { fill: { colour: 0xe53935, alpha: 0.12 }, stroke: { width: 3, colour: 0xb71c1c, alpha: 1 } },
    outer: { fill: { colour: 0xfb8c00, alpha: 0.08 }, stroke: { width: 3, colour: 0xa84f00, alpha: 1, dash: [12, 7] } },
    effect: { fill: { colour: 0x1565c0, alpha: 0.07 }, stroke: { width: 3, colour: 0x0d47a1, alpha: 1, dash: [3, 6] } },
  },
  inactiveZone: { width: 1.5, colour: 0x5b6472, alpha: 0.8, dash: [4, 6] },
  affected: { hatch: { width: 1.5, colour: 0x9a4f0f, alpha: 0.55 }, spacing: 10, outline: { width: 2, colour: 0x7a3d08, alpha: 1, dash: [8, 5] } },
  alertArea: { width: 3, colour: 0x6a1b9a, alpha: 1, dash: [16, 6] },
  hospitalBar: { width: 34, height: 6, border: 0x1b1f24, back: 0xffffff, ok: 0x2e7d32, busy: 0xc77c00, full: 0xc62828 },
  highlight: { width: 3, colour: 0x1f4e8c, alpha: 1 },
  iconPx: 26,
  badgePx: 14,
  areaLabel: { size: 13, colour: '#2b3038', halo: '#ffffff', haloWidth: 4 },
  poiLabel: { size: 11, colour: '#1b1f24', halo: '#ffffff', haloWidth: 3 },
  margin: 12,
};

const thicker = (s: Stroke, by: number): Stroke => ({ ...s, width: s.width * by });

const projector: Palette = {
  ...screen,
  backdrop: 0xffffff,
  land: { colour: 0xffffff, alpha: 1 },
  areas: Object.fromEntries(
    Object.entries(screen.areas).map(([k, v]) => [k, { fill: v.fill, stroke: { ...thicker(v.stroke, 1.5), colour: v.stroke.colour === 0x8a94a3 ? 0x3b4450 : v.stroke.colour } }]),
  ) as Palette['areas'],
  rings: Object.fromEntries(Object.entries(screen.rings).map(([k, v]) => [k, { fill: v.fill, stroke: thicker(v.stroke, 1.6) }])) as Palette['rings'],
  inactiveZone: { ...thicker(screen.inactiveZone, 1.5), colour: 0x3b4450 },
  affected: { ...screen.affected, hatch: thicker(screen.affected.hatch, 1.5), outline: thicker(screen.affected.outline, 1.5), spacing: 14 },
  alertArea: thicker(screen.alertArea, 1.5),
  hospitalBar: { ...screen.hospitalBar, width: 52, height: 10 },
  highlight: thicker(screen.highlight, 1.5),
  iconPx: 40,
  badgePx: 20,
  areaLabel: { size: 20, colour: '#000000', halo: '#ffffff', haloWidth: 5 },
  poiLabel: { size: 16, colour: '#000000', halo: '#ffffff', haloWidth: 4 },
  margin: 16,
};

export function paletteFor(projectorMode: boolean): Palette {
  return projectorMode ? projector : screen;
}

/** The hospital bar's colour by load; the numbers beside it say the same without colour. */
export function loadColour(p: Palette, load: number, capacity: number): number {
  const ratio = capacity > 0 ? load / capacity : 1;
  if (ratio >= 1) return p.hospitalBar.full;
  return ratio >= 0.75 ? p.hospitalBar.busy : p.hospitalBar.ok;
}
