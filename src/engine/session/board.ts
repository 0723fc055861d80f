// Changes to the operational picture: markers, zones of the ring model, units, hospital load.
import type { BoardChangeT, VisibilityT } from '../scenario/schema.js';
import type { Step } from './step.js';
import type { Marker } from './types.js';

function zoneVisibility(step: Step, id: string): VisibilityT {
  return step.scenario.picture.zones.find((z) => z.id === id)?.visibility ?? 'public';
}

function unitVisibility(step: Step, id: string): VisibilityT {
  return step.scenario.picture.units.find((u) => u.id === id)?.visibility ?? 'public';
}

export function applyBoardChange(step: Step, change: BoardChangeT, source: Record<string, unknown>): void {
  const b = step.own('board');
  switch (change.op) {
    case 'addMarker': {
      const marker: Marker = { id: change.id, kind: change.kind, label: change.label, at: change.at, visibility: change.visibility };
      b.markers = [...b.markers.filter((m) => m.id !== change.id), marker];
      step.emit('boardChanged', change.visibility, { change, ...source });
      return;
    }
    case 'removeMarker': {
      const old = b.markers.find((m) => m.id === change.id);
      b.markers = b.markers.filter((m) => m.id !== change.id);
      step.emit('boardChanged', old?.visibility ?? 'public', { change, ...source });
      return;
    }
    case 'activateZone':
      if (!b.activeZones.includes(change.zone)) b.activeZones = [...b.activeZones, change.zone];
      step.emit('boardChanged', zoneVisibility(step, change.zone), { change, ...source });
      return;
    case 'liftZone':
      b.activeZones = b.activeZones.filter((z) => z !== change.zone);
      step.emit('boardChanged', zoneVisibility(step, change.zone), { change, ...source });
      return;
    case 'moveUnit':
    case 'deployUnit': {
      const current = b.units[change.unit];
      if (!current) return;
      const next = change.op === 'moveUnit' ? { at: change.to, deployed: true } : { ...current, deployed: true };
      b.units = { ...b.units, [change.unit]: next };
      step.emit('boardChanged', unitVisibility(step, change.unit), { change, ...source });
      return;
    }
    case 'hospitalLoad': {
      const load = Math.max(0, (b.hospitalLoad[change.hospital] ?? 0) + change.add);
      b.hospitalLoad = { ...b.hospitalLoad, [change.hospital]: load };
      step.emit('boardChanged', 'public', { change, load, ...source });
      return;
    }
    case 'markAffected':
      if (!b.affectedAreas.includes(change.area)) b.affectedAreas = [...b.affectedAreas, change.area];
      step.emit('boardChanged', 'public', { change, ...source });
      return;
  }
}
