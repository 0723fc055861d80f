// Over-reaction, measured (DOMAIN.md §7 "Over-reaction is a failure too"): every escalating measure taken in
// the log is judged against its warrant, the situation in which it is proportionate. The scenario states a
// warrant in its condition language (scoring.warrants); where it does not, the doctrine default applies where
// the law gives one (GRIP 4: more than one municipality affected; GRIP 5: more than one safety region; NL-Alert:
// life-threatening danger in its area; DSI deployment: a located suspect). A measure with neither is not
// judged, and scenario:lint says so. An over-reaction is evidence for C17 and for its domain's criterion.
import type { Condition, Scenario, StructureActionT, WarrantT } from '../scenario/schema.js';
import type { CriterionId, EscalatingMeasure } from '../scenario/vocabulary.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import { triggerTime } from './evidence.js';

/** One escalating measure as the log shows it: which measure, on what, by whom, when. */
export interface MeasureTaken {
  readonly measure: EscalatingMeasure;
  /** The place, sector or area for protect, alert-partners and nl-alert. */
  readonly target: string | null;
  readonly role: string;
  readonly minute: number;
  readonly event: EngineEvent;
}

export type WarrantSource = 'scenario' | 'doctrine';

/** A measure judged against its warrant. `since` is the minute the warrant first held (null: never). */
export interface JudgedMeasure extends MeasureTaken {
  readonly source: WarrantSource;
  readonly since: number | null;
  readonly overReaction: boolean;
}

/** The criterion of each measure's domain, which an over-reaction also counts against (besides C17). */
export const MEASURE_DOMAIN: Readonly<Record<EscalatingMeasure, CriterionId>> = {
  'grip-3': 'C06',
  'grip-4': 'C06',
  'grip-5': 'C06',
  'threat-national-4': 'C13',
  'threat-national-5': 'C13',
  'threat-region-4': 'C13',
  'threat-region-5': 'C13',
  'nl-alert': 'C05',
  'airport-restrict': 'C16',
  'airport-close': 'C16',
  'dsi-request': 'C08',
  'dsi-deploy': 'C08',
  'convene-ICCb': 'C07',
  'convene-MCCb': 'C07',
  protect: 'C13',
  'alert-partners': 'C14',
  'removal-order': 'C15',
};

/** The escalating measures a structure change is, if any: a level change up counts as every level it passes. */
function classify(action: StructureActionT, change: Record<string, unknown>): { measure: EscalatingMeasure; target: string | null }[] {
  const up = (from: unknown, to: unknown, levels: readonly number[], name: (l: number) => EscalatingMeasure) =>
    levels.filter((l) => (from as number) < l && (to as number) >= l).map((l) => ({ measure: name(l), target: null }));
  switch (change.kind) {
    case 'grip':
      return up(change.from, change.to, [3, 4, 5], (l) => `grip-${l}` as EscalatingMeasure);
    case 'threatLevel':
      return up(change.from, change.to, [4, 5], (l) => `threat-${change.scope as 'national' | 'region'}-${l}` as EscalatingMeasure);
    case 'nlAlert':
      return [{ measure: 'nl-alert', target: change.area as string }];
    case 'dsi':
      if (change.to === 'requested') return [{ measure: 'dsi-request', target: null }];
      return change.to === 'deployed' ? [{ measure: 'dsi-deploy', target: null }] : [];
    case 'teamConvened':
      return change.team === 'ICCb' || change.team === 'MCCb' ? [{ measure: `convene-${change.team}`, target: null }] : [];
    default:
      break;
  }
  if (change.kind !== 'measure') return [];
  switch (action.action) {
    case 'restrictAirspace':
      return action.level === 'close' ? [{ measure: 'airport-close', target: null }] : action.level === 'restrict' ? [{ measure: 'airport-restrict', target: null }] : [];
    case 'protect':
      return [{ measure: 'protect', target: action.target }];
    case 'alertPartners':
      return [{ measure: 'alert-partners', target: action.sector }];
    case 'removalOrder':
      return [{ measure: 'removal-order', target: null }];
    default:
      return [];
  }
}

/** Every escalating measure in the log, in order. */
export function measuresTaken(state: ExerciseState): MeasureTaken[] {
  const out: MeasureTaken[] = [];
  for (const e of state.events) {
    if (e.kind !== 'structureChanged') continue;
    for (const m of classify(e.data.action as StructureActionT, e.data.change as Record<string, unknown>)) {
      out.push({ ...m, role: e.data.role as string, minute: e.minute, event: e });
    }
  }
  return out;
}

/** The minute from which the areas marked affected span more than `count` municipalities, or null. */
function affectedBeyond(scenario: Scenario, state: ExerciseState, count: number): number | null {
  const municipalityOf = new Map(scenario.setting.map.areas.map((a) => [a.id, a.municipality]));
  const seen = new Set<string>();
  for (const e of state.events) {
    if (e.kind !== 'boardChanged') continue;
    const change = e.data.change as { op?: string; area?: string };
    if (change.op !== 'markAffected' || change.area === undefined) continue;
    const m = municipalityOf.get(change.area);
    if (m !== undefined) seen.add(m);
    if (seen.size > count) return e.minute;
  }
  return null;
}

/** Whether a point lies inside a polygon (ray casting; the board's own coordinates). */
function inside(point: readonly [number, number], polygon: readonly (readonly [number, number])[]): boolean {
  let yes = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as readonly [number, number];
    const [xj, yj] = polygon[j] as readonly [number, number];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) yes = !yes;
  }
  return yes;
}

const DANGER_MARKERS = new Set(['incident', 'suspect', 'casualties', 'drone']);

/**
 * The minute life-threatening danger was first shown in the area: the area marked affected, or an incident,
 * suspect, casualties or drone marker placed inside it. Null when never.
 */
function dangerIn(scenario: Scenario, state: ExerciseState, area: string | null): number | null {
  const polygon = scenario.setting.map.areas.find((a) => a.id === area)?.polygon;
  for (const e of state.events) {
    if (e.kind !== 'boardChanged') continue;
    const change = e.data.change as { op?: string; area?: string; kind?: string; at?: readonly [number, number] };
    if (change.op === 'markAffected' && (area === null || change.area === area)) return e.minute;
    if (change.op === 'addMarker' && DANGER_MARKERS.has(change.kind ?? '') && change.at && polygon && inside(change.at, polygon)) return e.minute;
  }
  return null;
}

/** The minute a suspect was first placed on the board (located), or null. */
function suspectLocated(state: ExerciseState): number | null {
  const e = state.events.find((x) => x.kind === 'boardChanged' && (x.data.change as { op?: string; kind?: string }).op === 'addMarker' && (x.data.change as { kind?: string }).kind === 'suspect');
  return e ? e.minute : null;
}

type DoctrineDefault = (scenario: Scenario, state: ExerciseState, target: string | null) => number | null;

/**
 * The warrants the law gives (DOMAIN.md §3–§4, §7), used where the scenario states none. GRIP 5 needs more
 * than one safety region, and a scenario plays in one, so by default it is never warranted.
 */
export const DOCTRINE_WARRANTS: Readonly<Partial<Record<EscalatingMeasure, DoctrineDefault>>> = {
  'grip-4': (scenario, state) => affectedBeyond(scenario, state, 1),
  'grip-5': () => null,
  'nl-alert': (scenario, state, area) => dangerIn(scenario, state, area),
  'dsi-deploy': (_scenario, state) => suspectLocated(state),
};

/** The scenario's warrants for a measure and target: a warrant without a target covers every target. */
export function scenarioWarrants(scenario: Scenario, measure: EscalatingMeasure, target: string | null): WarrantT[] {
  return scenario.scoring.warrants.filter((w) => w.measure === measure && (w.target === undefined || w.target === target));
}

/** Whether the scenario or doctrine gives this measure a warrant at all (else it is not judged). */
export function hasWarrant(scenario: Scenario, measure: EscalatingMeasure): boolean {
  return scenario.scoring.warrants.some((w) => w.measure === measure) || DOCTRINE_WARRANTS[measure] !== undefined;
}

/**
 * Whether a warrant's condition held at a minute, read back from the log. Tests the events can date hold from
 * the minute they first held (the triggers' reading, scoring/evidence.ts); "not" and constants are exact.
 */
export function heldAt(scenario: Scenario, state: ExerciseState, c: Condition, minute: number): boolean {
  if ('all' in c) return c.all.every((x) => heldAt(scenario, state, x, minute));
  if ('any' in c) return c.any.some((x) => heldAt(scenario, state, x, minute));
  if ('not' in c) return !heldAt(scenario, state, c.not, minute);
  if ('always' in c) return c.always;
  const t = triggerTime(state, scenario, c);
  return t !== null && t <= minute;
}

/** The first minute a warrant held by the end of the log (for the explanation), or null when it never did. */
function firstHeld(scenario: Scenario, state: ExerciseState, c: Condition): number | null {
  if (!heldAt(scenario, state, c, state.minute)) return null;
  const t = 'not' in c || 'always' in c || 'all' in c || 'any' in c ? null : triggerTime(state, scenario, c);
  if (t !== null) return t;
  // A compound condition: the first event minute at which it held.
  const minutes = [0, ...new Set(state.events.map((e) => e.minute))].sort((a, b) => a - b);
  return minutes.find((m) => heldAt(scenario, state, c, m)) ?? state.minute;
}

/** Judge one measure: an over-reaction when its warrant did not hold when it was taken. */
function judge(scenario: Scenario, state: ExerciseState, m: MeasureTaken): JudgedMeasure | null {
  const own = scenarioWarrants(scenario, m.measure, m.target);
  if (own.length > 0) {
    const warranted = own.some((w) => heldAt(scenario, state, w.when, m.minute));
    const times = own.map((w) => firstHeld(scenario, state, w.when)).filter((t): t is number => t !== null);
    return { ...m, source: 'scenario', since: times.length === 0 ? null : Math.min(...times), overReaction: !warranted };
  }
  const doctrine = DOCTRINE_WARRANTS[m.measure];
  if (!doctrine) return null;
  const since = doctrine(scenario, state, m.target);
  return { ...m, source: 'doctrine', since, overReaction: since === null || since > m.minute };
}

// Scoring asks for the judged measures once per criterion; a state is immutable, so it is judged once.
const judgedCache = new WeakMap<ExerciseState, { scenario: Scenario; judged: readonly JudgedMeasure[] }>();

/** Every escalating measure in the log that has a warrant, judged. */
export function judgedMeasures(scenario: Scenario, state: ExerciseState): readonly JudgedMeasure[] {
  const cached = judgedCache.get(state);
  if (cached && cached.scenario === scenario) return cached.judged;
  const judged = measuresTaken(state).flatMap((m) => {
    const j = judge(scenario, state, m);
    return j ? [j] : [];
  });
  judgedCache.set(state, { scenario, judged });
  return judged;
}

/** The over-reactions in the log, optionally only those of one domain criterion. */
export function overReactions(scenario: Scenario, state: ExerciseState, domain?: CriterionId): JudgedMeasure[] {
  return judgedMeasures(scenario, state).filter((j) => j.overReaction && (domain === undefined || MEASURE_DOMAIN[j.measure] === domain));
}

/** The escalating measures an action would be if taken now (a level counts only above the current one). */
function measuresOfAction(state: ExerciseState, action: StructureActionT): { measure: EscalatingMeasure; target: string | null }[] {
  const summary = state.structure;
  switch (action.action) {
    case 'scale':
      return [3, 4, 5].filter((l) => action.level >= l && summary.scaling.context.level < l).map((l) => ({ measure: `grip-${l}` as EscalatingMeasure, target: null }));
    case 'setThreatLevel':
      return [4, 5].filter((l) => action.level >= l).map((l) => ({ measure: `threat-${action.scope}-${l}` as EscalatingMeasure, target: null }));
    case 'sendNlAlert':
      return [{ measure: 'nl-alert', target: action.area }];
    case 'requestDsi':
      return [{ measure: 'dsi-request', target: null }];
    case 'deployDsi':
      return [{ measure: 'dsi-deploy', target: null }];
    case 'convene':
      return action.team === 'ICCb' || action.team === 'MCCb' ? [{ measure: `convene-${action.team}`, target: null }] : [];
    default:
      return classify(action, { kind: 'measure' });
  }
}

/**
 * Whether taking this action now would be proportionate: every escalating measure it is has a warrant that
 * holds now, or no warrant at all (then it is not judged). Good play (the doctrine bot) waits for it.
 */
export function warrantedNow(scenario: Scenario, state: ExerciseState, action: StructureActionT): boolean {
  return measuresOfAction(state, action).every((m) => {
    const judged = judge(scenario, state, { ...m, role: '', minute: state.minute, event: state.events.at(state.events.length - 1) as EngineEvent });
    return judged === null || !judged.overReaction;
  });
}
