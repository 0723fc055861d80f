// Format 1 → 2. Each step below is one intent; other changes of format 2 add their own step here.
// Powers (issue 15): "restrictAirspace" meant the airport's own operations and is now "airportMeasure"
// (the airspace is a separate measure of the Minister of IenW); the LOCC is permanent, so "convene LOCC"
// becomes a request for bijstand through it and "stand down LOCC" (which can never happen) is dropped.
// New fields of format 2 are optional with defaults, so nothing else needs lifting.
import { isRecord } from '../paths.js';

type Json = unknown;

/** A structure action of format 1, rewritten for format 2; null when it has no format-2 meaning. */
function liftAction(action: Record<string, unknown>): Record<string, unknown> | null {
  if (action['action'] === 'restrictAirspace') return { ...action, action: 'airportMeasure' };
  if (action['team'] === 'LOCC' && action['action'] === 'convene') return { action: 'requestAssistance' };
  if (action['team'] === 'LOCC' && action['action'] === 'standDown') return null;
  return action;
}

/** A "structureAction" condition key of format 1 in format 2. */
function liftKey(key: string): Record<string, unknown> {
  if (key === 'restrictAirspace' || key.startsWith('restrictAirspace:')) return { structureAction: key.replace('restrictAirspace', 'airportMeasure') };
  if (key === 'convene:LOCC') return { structureAction: 'requestAssistance' };
  if (key === 'standDown:LOCC') return { always: false }; // a permanent centre is never stood down
  return { structureAction: key };
}

/** Whether an array item carries a structure action that format 2 drops (an effect or expectation "do"). */
function dropped(item: Json): boolean {
  return isRecord(item) && isRecord(item['do']) && liftAction(item['do']) === null;
}

function lift(value: Json, key: string | null): Json {
  if (Array.isArray(value)) {
    const items = value.filter((item) => !dropped(item)).map((item) => lift(item, null));
    if (key === 'authority') return items.map((k) => (k === 'restrictAirspace' ? 'airportMeasure' : k));
    if (key === 'teams') return items.filter((t) => t !== 'LOCC');
    return items;
  }
  if (!isRecord(value)) return value;
  if (typeof value['structureAction'] === 'string' && Object.keys(value).length === 1) return liftKey(value['structureAction']);
  let out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = lift(v, k);
  if (typeof out['action'] === 'string') out = liftAction(out) ?? out;
  return out;
}

export function v1ToV2(scenarioJson: Record<string, unknown>): Record<string, unknown> {
  return lift(scenarioJson, null) as Record<string, unknown>;
}
