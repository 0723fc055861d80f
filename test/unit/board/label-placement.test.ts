// Where the map's names go: a crowded incident area (icons a few pixels apart, as at a station attack
// with units, markers and the incident on one spot) must never end with two names on top of each other
// or a name over an icon; with room to spare every name is shown; the result does not depend on order.
import { describe, expect, it } from 'vitest';
import { iconBox, overlaps, placeLabels, type Box, type LabelRequest } from '../../../src/board/label.js';

const ICON = 26;
const AREA = { width: 800, height: 500 };

/** A label of a typical name's size (about 7 px a character at 11 px bold). */
function request(id: string, at: readonly [number, number], priority: number, chars = 14): LabelRequest {
  return { id, anchor: at, clearance: ICON / 2, width: chars * 7, height: 14, priority };
}

/** Twelve icons within 60 px of the incident, in a ring and on top of each other. */
function crowd(): { requests: LabelRequest[]; icons: Box[] } {
  const centre: [number, number] = [400, 250];
  const points: [number, number][] = [centre];
  for (let i = 0; i < 8; i++) points.push([centre[0] + Math.cos((i * Math.PI) / 4) * 30, centre[1] + Math.sin((i * Math.PI) / 4) * 30]);
  points.push([centre[0] + 55, centre[1] + 5], [centre[0] - 50, centre[1] - 10], [centre[0] + 2, centre[1] + 3]);
  const requests = points.map((p, i) => request(i === 0 ? 'incident' : `unit:${i}`, p, i === 0 ? 0 : 1, 8 + (i % 5) * 3));
  return { requests, icons: points.map((p) => iconBox(p, ICON)) };
}

function shown(placed: Map<string, Box | null>): Box[] {
  return [...placed.values()].filter((b): b is Box => b !== null);
}

describe('placeLabels', () => {
  it('in a crowded incident area: no two names overlap and no name covers an icon', () => {
    const { requests, icons } = crowd();
    const placed = placeLabels(requests, icons, AREA);
    const boxes = shown(placed);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [i, a] of boxes.entries()) {
      for (const icon of icons) expect(overlaps(a, icon), `label ${i} covers an icon`).toBe(false);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), 'two labels overlap').toBe(false);
    }
    // The incident goes first, so its name always finds a place.
    expect(placed.get('incident')).not.toBeNull();
    // Every request has an answer: a place or null (left for the details, the list and a closer zoom).
    expect([...placed.keys()].sort()).toEqual(requests.map((r) => r.id).sort());
  });

  it('places every name when the icons are spread out, under the icon first', () => {
    const points: [number, number][] = [
      [100, 100],
      [400, 100],
      [700, 100],
      [100, 400],
      [400, 400],
    ];
    const requests = points.map((p, i) => request(`poi:${i}`, p, 2));
    const placed = placeLabels(requests, points.map((p) => iconBox(p, ICON)), AREA);
    for (const [i, p] of points.entries()) {
      const box = placed.get(`poi:${i}`);
      expect(box).not.toBeNull();
      // Centred under the icon, clear of it.
      expect(box!.x + box!.width / 2).toBeCloseTo(p[0]);
      expect(box!.y).toBeGreaterThanOrEqual(p[1] + ICON / 2);
    }
  });

  it('moves a name off the map edge inwards, and keeps it off the icon', () => {
    const at: [number, number] = [6, 250];
    const placed = placeLabels([request('poi:edge', at, 2, 20)], [iconBox(at, ICON)], AREA);
    const box = placed.get('poi:edge') as Box;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(overlaps(box, iconBox(at, ICON))).toBe(false);
  });

  it('gives the same places whatever order the items come in', () => {
    const { requests, icons } = crowd();
    const forwards = placeLabels(requests, icons, AREA);
    const backwards = placeLabels([...requests].reverse(), [...icons].reverse(), AREA);
    expect(Object.fromEntries(backwards)).toEqual(Object.fromEntries(forwards));
  });

  it('an area name sits on its centre unless an icon is there, and is left out if it cannot fit', () => {
    const area: LabelRequest = { id: 'area:park', anchor: [200, 200], clearance: 0, width: 60, height: 16, priority: 9, centred: true };
    expect(placeLabels([area], [], AREA).get('area:park')).toEqual({ x: 170, y: 192, width: 60, height: 16 });
    const onTop = placeLabels([area], [iconBox([200, 200], ICON)], AREA).get('area:park') ?? null;
    expect(onTop).not.toBeNull();
    expect(overlaps(onTop as Box, iconBox([200, 200], ICON))).toBe(false);
    expect(placeLabels([{ ...area, width: 900 }], [], AREA).get('area:park')).toBeNull();
  });
});
