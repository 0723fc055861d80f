// The closed lists the board draws an icon or a style for. A kind outside them (a scenario written for
// a newer format, say) is drawn as "other" rather than not at all.
import type { BoardChangeT } from '../engine/scenario/schema.js';
import { AREA_KINDS, POI_KINDS, RINGS, UNIT_KINDS, type PoiKind, type Ring, type UnitKind } from '../engine/scenario/vocabulary.js';

export type MarkerKind = Extract<BoardChangeT, { op: 'addMarker' }>['kind'];
export type AreaKind = (typeof AREA_KINDS)[number];

// A record, not a list, so a marker kind added to the scenario format without an entry here does not compile.
const MARKER_KIND_SET: Record<MarkerKind, true> = { incident: true, suspect: true, casualties: true, drone: true, crowd: true, vehicle: true, other: true };
export const MARKER_KINDS = Object.keys(MARKER_KIND_SET) as readonly MarkerKind[];

function oneOf<K extends string>(known: readonly K[], fallback: K): (kind: string) => K {
  return (kind) => ((known as readonly string[]).includes(kind) ? (kind as K) : fallback);
}

export const markerKind = oneOf<MarkerKind>(MARKER_KINDS, 'other');
export const unitKind = oneOf<UnitKind>(UNIT_KINDS, 'other');
export const poiKind = oneOf<PoiKind>(POI_KINDS, 'other');
export const areaKind = oneOf<AreaKind>(AREA_KINDS, 'other');
/** An unknown ring is drawn as the widest, least alarming one. */
export const ringOf = oneOf<Ring>(RINGS, 'effect');

export type { PoiKind, Ring, UnitKind };
