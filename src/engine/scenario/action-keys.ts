// The names conditions use for structure actions taken: the plain kind ("protect") or the kind with
// its target ("protect:mosque", "convene:ICCb", "scale:3"). One list, so the engine records, the
// cross-reference check accepts and the author can write exactly the same keys.
import { STRUCTURE_ACTION_KINDS, StructureAction, type Scenario, type StructureActionT } from './schema.js';
import { CONVENABLE_TEAMS } from './vocabulary.js';

/** The enum values a structure action's parameter may take, read from the schema itself. */
export function parameterValues(kind: StructureActionT['action'], field: string): readonly string[] {
  const option = StructureAction.options.find((o) => o.shape.action.value === kind);
  const schema = (option?.shape as Record<string, { options?: readonly string[] }> | undefined)?.[field];
  return schema?.options ?? [];
}

export const ALERT_SECTORS = parameterValues('alertPartners', 'sector') as readonly Extract<StructureActionT, { action: 'alertPartners' }>['sector'][];
export const SHARE_TARGETS = parameterValues('shareInformation', 'with') as readonly Extract<StructureActionT, { action: 'shareInformation' }>['with'][];
export const AIRPORT_LEVELS = parameterValues('airportMeasure', 'level') as readonly Extract<StructureActionT, { action: 'airportMeasure' }>['level'][];
export const AIR_TRAFFIC_LEVELS = parameterValues('airTraffic', 'level') as readonly Extract<StructureActionT, { action: 'airTraffic' }>['level'][];
export const AIRSPACE_LEVELS = parameterValues('restrictAirspace', 'level') as readonly Extract<StructureActionT, { action: 'restrictAirspace' }>['level'][];

/** Measures that only make sense where the scenario has an airport (a point of interest of kind "airport"). */
export const AIRPORT_ACTIONS: readonly StructureActionT['action'][] = ['airportMeasure', 'airTraffic', 'restrictAirspace'];

export function hasAirport(scenario: Pick<Scenario, 'setting'>): boolean {
  return scenario.setting.map.pointsOfInterest.some((p) => p.kind === 'airport');
}

/** The specific key of an action taken, e.g. "convene:ICCb", "scale:3", "protect:mosque". */
export function actionKey(action: StructureActionT): string {
  switch (action.action) {
    case 'convene':
    case 'standDown':
      return `${action.action}:${action.team}`;
    case 'scale':
    case 'setThreatLevel':
      return `${action.action}:${action.level}`;
    case 'alertPartners':
      return `${action.action}:${action.sector}`;
    case 'shareInformation':
      return `${action.action}:${action.with}`;
    case 'airportMeasure':
    case 'airTraffic':
    case 'restrictAirspace':
      return `${action.action}:${action.level}`;
    case 'sendNlAlert':
      return action.national ? `${action.action}:national` : action.action;
    case 'requestAssistance':
      return action.military ? `${action.action}:military` : action.action;
    case 'protect':
      return `${action.action}:${action.target}`;
    default:
      return action.action;
  }
}

/** Every key a condition may name in this scenario. */
export function actionKeys(scenario: Scenario): string[] {
  const keys: string[] = [...STRUCTURE_ACTION_KINDS];
  for (const team of CONVENABLE_TEAMS) keys.push(`convene:${team}`, `standDown:${team}`);
  for (let level = 0; level <= 5; level++) keys.push(`scale:${level}`);
  for (let level = 1; level <= 5; level++) keys.push(`setThreatLevel:${level}`);
  for (const s of ALERT_SECTORS) keys.push(`alertPartners:${s}`);
  for (const w of SHARE_TARGETS) keys.push(`shareInformation:${w}`);
  for (const l of AIRPORT_LEVELS) keys.push(`airportMeasure:${l}`);
  for (const l of AIR_TRAFFIC_LEVELS) keys.push(`airTraffic:${l}`);
  for (const l of AIRSPACE_LEVELS) keys.push(`restrictAirspace:${l}`);
  keys.push('sendNlAlert:national', 'requestAssistance:military');
  for (const t of scenario.picture.atRisk) keys.push(`protect:${t.id}`);
  return keys;
}
