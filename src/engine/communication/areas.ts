// Map geometry the advice checks need: the size of an area and whether it lies within another. Plain
// arithmetic on the scenario's polygons (metres on the scenario map), deterministic and pure.
import type { Scenario } from '../scenario/schema.js';

type Polygon = readonly (readonly [number, number])[];

/** Shoelace formula: the area of a simple polygon in square metres. */
export function polygonArea(polygon: Polygon): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** Ray casting: whether a point lies inside a polygon. */
export function pointInPolygon(x: number, y: number, polygon: Polygon): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The mean of the corners: inside every convex polygon and near the middle of the usual map shapes. */
export function centroid(polygon: Polygon): readonly [number, number] {
  if (polygon.length === 0) return [0, 0];
  let x = 0;
  let y = 0;
  for (const [px, py] of polygon) {
    x += px;
    y += py;
  }
  return [x / polygon.length, y / polygon.length];
}

export function areaPolygon(scenario: Scenario, id: string): Polygon | undefined {
  return scenario.setting.map.areas.find((a) => a.id === id)?.polygon;
}

/** An advice area covers a danger area when it is that area or holds its centre. */
export function covers(scenario: Scenario, adviceAreas: readonly string[], dangerArea: string): boolean {
  if (adviceAreas.includes(dangerArea)) return true;
  const target = areaPolygon(scenario, dangerArea);
  if (!target) return false;
  const [cx, cy] = centroid(target);
  return adviceAreas.some((id) => {
    const p = areaPolygon(scenario, id);
    return p !== undefined && pointInPolygon(cx, cy, p);
  });
}

export function totalArea(scenario: Scenario, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + polygonArea(areaPolygon(scenario, id) ?? []), 0);
}
