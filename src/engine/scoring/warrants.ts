// Over-reaction, measured (DOMAIN.md §7 "Over-reaction is a failure too"): every escalating measure taken in
// the log is judged against its warrant, the situation in which it is proportionate. The scenario states a
// warrant in its condition language (scoring.warrants); where it does not, the doctrine default applies where
// the law gives one (GRIP 4: more than one municipality affected; GRIP 5: more than one safety region; NL-Alert:
// life-threatening danger in its area; DSI deployment: a located suspect). A measure with neither is not
// judged, and scenario:lint says so. An over-reaction is evidence for C17 and for its domain's criterion.
import type { Condition, Scenario, StructureActionT, WarrantT } from '../scenario/schema.js';
import type { CriterionId, EscalatingMeasure } from '../scenario/vocabulary.js';
import { compare } from '../session/conditions.js';
import { eventsOfKind, firstWith, kindOf } from '../session/event-index.js';
import { summaryOf } from '../session/summary.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import { knownHolds } from '../knowledge/conditions.js';
import { roleSeesEvent } from '../knowledge/sight.js';
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
  /**
   * Taken with its warrant, but kept in force well after the warrant lapsed: the minute it lapsed and the minutes
   * the scenario allows before keeping it is an over-reaction. Null when it was not kept.
   */
  readonly kept: { readonly lapsed: number; readonly keepMinutes: number } | null;
}

/** How long a measure may stay in force after its warrant stops holding, when the warrant does not say (keepMinutes). */
export const DEFAULT_KEEP_MINUTES = 60;

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

/** Every level in `levels` a change from `from` to `to` passes upwards, as the measure `name` gives it. */
function up(from: unknown, to: unknown, levels: readonly number[], name: (l: number) => EscalatingMeasure): { measure: EscalatingMeasure; target: null }[] {
  return levels.filter((l) => (from as number) < l && (to as number) >= l).map((l) => ({ measure: name(l), target: null }));
}

/** The escalating measures a structure change is, if any: a level change up counts as every level it passes. */
function classify(action: StructureActionT, change: Record<string, unknown>): { measure: EscalatingMeasure; target: string | null }[] {
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
    case 'airportMeasure':
      return action.level === 'close' ? [{ measure: 'airport-close', target: null }] : action.level === 'restrict' ? [{ measure: 'airport-restrict', target: null }] : [];
    case 'airTraffic':
      return action.level === 'stop' ? [{ measure: 'airport-restrict', target: null }] : [];
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

/**
 * Per event storage: the escalating measures of the structure changes read so far, in order, with how many
 * structure changes that is. Extended by the new changes only; a list sharing the storage takes the measures of
 * its own changes (positions ascend), so a long exercise's score no longer classifies every change again.
 */
const measuresByStorage = new WeakMap<object, { read: number; readonly measures: MeasureTaken[] }>();

/** Every escalating measure in the log, in order. */
export function measuresTaken(state: ExerciseState): MeasureTaken[] {
  const changes = state.events.positionsWhere(kindOf, 'structureChanged');
  let kept = measuresByStorage.get(state.events.storage);
  if (!kept) measuresByStorage.set(state.events.storage, (kept = { read: 0, measures: [] }));
  for (; kept.read < changes.length; kept.read++) kept.measures.push(...measuresOf(state.events.at(changes[kept.read] as number) as EngineEvent));
  if (kept.read === changes.length) return kept.measures.slice();
  // A shorter list than the storage has been read for: the measures of its own changes.
  let n = kept.measures.length;
  while (n > 0 && (kept.measures[n - 1] as MeasureTaken).event.seq >= state.events.length) n--;
  return kept.measures.slice(0, n);
}

// What one event is, read once: an event never changes and every later state holds the same event object.
const measuresByEvent = new WeakMap<EngineEvent, readonly MeasureTaken[]>();

function measuresOf(e: EngineEvent): readonly MeasureTaken[] {
  let found = measuresByEvent.get(e);
  if (!found) {
    found = classify(e.data.action as StructureActionT, e.data.change as Record<string, unknown>).map((m) => ({ ...m, role: e.data.role as string, minute: e.minute, event: e }));
    measuresByEvent.set(e, found);
  }
  return found;
}

/** The minute from which the areas marked affected span more than `count` municipalities, or null. */
function affectedBeyond(scenario: Scenario, state: ExerciseState, count: number): number | null {
  const municipalityOf = new Map(scenario.setting.map.areas.map((a) => [a.id, a.municipality]));
  const seen = new Set<string>();
  for (const e of eventsOfKind(state, 'boardChanged')) {
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

/** Which board events count: all of them for scoring, those a role's screen showed for what the role knows. */
type Sight = (e: EngineEvent) => boolean;
const EVERYTHING: Sight = () => true;

/**
 * The minute life-threatening danger was first shown in the area: the area marked affected, or an incident,
 * suspect, casualties or drone marker placed inside it. Null when never.
 */
function dangerIn(scenario: Scenario, state: ExerciseState, area: string | null, sees: Sight = EVERYTHING): number | null {
  const polygon = scenario.setting.map.areas.find((a) => a.id === area)?.polygon;
  for (const e of eventsOfKind(state, 'boardChanged')) {
    if (!sees(e)) continue;
    const change = e.data.change as { op?: string; area?: string; kind?: string; at?: readonly [number, number] };
    if (change.op === 'markAffected' && (area === null || change.area === area)) return e.minute;
    if (change.op === 'addMarker' && DANGER_MARKERS.has(change.kind ?? '') && change.at && polygon && inside(change.at, polygon)) return e.minute;
  }
  return null;
}

/** The minute a suspect was first placed on the board (located), or null. */
function suspectLocated(state: ExerciseState, sees: Sight = EVERYTHING): number | null {
  const e = eventsOfKind(state, 'boardChanged').find((x) => sees(x) && (x.data.change as { op?: string; kind?: string }).op === 'addMarker' && (x.data.change as { kind?: string }).kind === 'suspect');
  return e ? e.minute : null;
}

/** The minute the law's warrant first held, read from the board events `sees` lets through; null when never. */
type DoctrineDefault = (scenario: Scenario, state: ExerciseState, target: string | null, sees?: Sight) => number | null;

/**
 * The warrants the law gives (DOMAIN.md §3–§4, §7), used where the scenario states none. GRIP 5 needs more
 * than one safety region, and a scenario plays in one, so by default it is never warranted.
 */
export const DOCTRINE_WARRANTS: Readonly<Partial<Record<EscalatingMeasure, DoctrineDefault>>> = {
  'grip-4': (scenario, state) => affectedBeyond(scenario, state, 1),
  'grip-5': () => null,
  // The areas marked affected are public on every board, so GRIP 4's warrant is the same for every role.
  'nl-alert': (scenario, state, area, sees) => dangerIn(scenario, state, area, sees),
  'dsi-deploy': (_scenario, state, _target, sees) => suspectLocated(state, sees),
};

/** The scenario's warrants for a measure and target: a warrant without a target covers every target. */
export function scenarioWarrants(scenario: Scenario, measure: EscalatingMeasure, target: string | null): readonly WarrantT[] {
  // Read once per scenario, measure and target: the bots ask for every measure they weigh, every turn.
  let byMeasure = warrantsByScenario.get(scenario);
  if (!byMeasure) warrantsByScenario.set(scenario, (byMeasure = new Map()));
  let byTarget = byMeasure.get(measure);
  if (!byTarget) byMeasure.set(measure, (byTarget = new Map()));
  let own = byTarget.get(target);
  if (!own) byTarget.set(target, (own = scenario.scoring.warrants.filter((w) => w.measure === measure && (w.target === undefined || w.target === target))));
  return own;
}

const warrantsByScenario = new WeakMap<Scenario, Map<EscalatingMeasure, Map<string | null, readonly WarrantT[]>>>();

/** Whether the scenario or doctrine gives this measure a warrant at all (else it is not judged). */
export function hasWarrant(scenario: Scenario, measure: EscalatingMeasure): boolean {
  return scenario.scoring.warrants.some((w) => w.measure === measure) || DOCTRINE_WARRANTS[measure] !== undefined;
}

/**
 * What judging reads again and again from one state, read once per state. Judging every measure of a long log
 * asks "did this warrant hold at that minute" for every measure and every minute something happened, and each
 * question used to walk the events from the start: a 10,000-command log spent most of its score there. A state
 * never changes, so its answers are kept with it (like the judged measures below), and the changes a test reads
 * are kept as one ordered series per changing thing, searched by minute.
 */
interface Reading {
  readonly scenario: Scenario;
  /** The minutes at which something happened (eventMinutes). */
  minutes: readonly number[] | undefined;
  /** Condition → minute → whether it held then (heldAt). */
  readonly held: Map<Condition, Map<number, boolean>>;
  /** Condition → the first minute it held (firstHeld). */
  readonly first: Map<Condition, number | null>;
  /** Condition → the minute from which a test the events date held (triggerTime). */
  readonly trigger: Map<Condition, number | null>;
  /** A changing thing's changes (a variable, the GRIP level, a threat level, a team), in order. */
  readonly series: Map<string, Series>;
  /** Measure and target → the minute doctrine's warrant first held. */
  readonly doctrine: Map<string, number | null>;
  /** A measure's scenario warrants → for each of the event minutes, the index of the first minute from there at which none holds (-1: never). */
  readonly lapses: Map<readonly WarrantT[], Int32Array>;
  /** A measure's scenario warrants → minute → whether any of them held then (every measure of a kind taken in that minute asks). */
  readonly warranted: Map<readonly WarrantT[], Map<number, boolean>>;
  /** A measure's scenario warrants → the first minute any of them held (null: never). */
  readonly since: Map<readonly WarrantT[], number | null>;
  structure: readonly EngineEvent[] | undefined;
}

/** One changing thing's change events in log order, with their minutes; `ordered`: the minutes never go back. */
interface Series {
  readonly events: readonly EngineEvent[];
  readonly minutes: readonly number[];
  readonly ordered: boolean;
  readonly all: readonly EngineEvent[];
  readonly test: (e: EngineEvent) => boolean;
}

const readings = new WeakMap<ExerciseState, Reading>();

function readingOf(scenario: Scenario, state: ExerciseState): Reading {
  const kept = readings.get(state);
  if (kept && kept.scenario === scenario) return kept;
  const fresh: Reading = { scenario, minutes: undefined, held: new Map(), first: new Map(), trigger: new Map(), series: new Map(), doctrine: new Map(), lapses: new Map(), warranted: new Map(), since: new Map(), structure: undefined };
  readings.set(state, fresh);
  return fresh;
}

function structureChanges(r: Reading, state: ExerciseState): readonly EngineEvent[] {
  return (r.structure ??= eventsOfKind(state, 'structureChanged'));
}

/** The changes of one thing: the events of `kind` that pass `test`, kept under `key` for this state. */
function seriesOf(r: Reading, state: ExerciseState, key: string, kind: string, test: (e: EngineEvent) => boolean): Series {
  let found = r.series.get(key);
  if (found) return found;
  const all = kind === 'structureChanged' ? structureChanges(r, state) : eventsOfKind(state, kind);
  const events: EngineEvent[] = [];
  const minutes: number[] = [];
  let ordered = true;
  let last = -Infinity;
  for (const e of all) {
    if (e.minute < last) ordered = false;
    last = e.minute;
    if (!test(e)) continue;
    events.push(e);
    minutes.push(e.minute);
  }
  found = { events, minutes, ordered, all, test };
  r.series.set(key, found);
  return found;
}

/**
 * Whether a warrant's condition held at a minute, read back from the log. Tests the events can date hold from
 * the minute they first held (the triggers' reading, scoring/evidence.ts); "not" and constants are exact.
 */
export function heldAt(scenario: Scenario, state: ExerciseState, c: Condition, minute: number): boolean {
  const r = readingOf(scenario, state);
  let byMinute = r.held.get(c);
  if (!byMinute) r.held.set(c, (byMinute = new Map()));
  let held = byMinute.get(minute);
  if (held === undefined) {
    held = heldAtNow(scenario, state, r, c, minute);
    byMinute.set(minute, held);
  }
  return held;
}

function heldAtNow(scenario: Scenario, state: ExerciseState, r: Reading, c: Condition, minute: number): boolean {
  if ('all' in c) return c.all.every((x) => heldAt(scenario, state, x, minute));
  if ('any' in c) return c.any.some((x) => heldAt(scenario, state, x, minute));
  if ('not' in c) return !heldAt(scenario, state, c.not, minute);
  if ('always' in c) return c.always;
  const now = valueAt(state, r, c, minute);
  if (now !== undefined) return now;
  // The minute a dated test first held does not depend on the minute asked about: read it once.
  let t = r.trigger.get(c);
  if (t === undefined) r.trigger.set(c, (t = triggerTime(state, scenario, c)));
  return t !== null && t <= minute;
}

/** The first index in ascending `minutes` whose minute is at least `minute` (the length when none is). */
function firstAtOrAfter(minutes: readonly number[], minute: number): number {
  let lo = 0;
  let hi = minutes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((minutes[mid] as number) < minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The values a changing thing took during a minute: the value it came into the minute with (the last change
 * before it, else `initial`), and each value a change within the minute set. Reading "held at a minute" as held
 * at any point in it leaves the order of things within one minute (a rumour rebutted in the same minute as the
 * measure it warranted) out of the judgement.
 */
function valuesDuring<T>(series: Series, minute: number, read: (e: EngineEvent) => T, initial: T): T[] {
  if (!series.ordered) return valuesDuringScan(series, minute, read, initial);
  // The clock never goes back, so the changes before the minute and those within it are found by their minutes.
  const from = firstAtOrAfter(series.minutes, minute);
  const before = from > 0 ? read(series.events[from - 1] as EngineEvent) : initial;
  const out = [before];
  for (let i = from; i < series.events.length && series.minutes[i] === minute; i++) out.push(read(series.events[i] as EngineEvent));
  return out;
}

/** valuesDuring by walking the events of the kind, for a log whose minutes would go back. */
function valuesDuringScan<T>(series: Series, minute: number, read: (e: EngineEvent) => T, initial: T): T[] {
  let before = initial;
  const during: T[] = [];
  for (const e of series.all) {
    if (e.minute > minute) break;
    if (!series.test(e)) continue;
    if (e.minute < minute) before = read(e);
    else during.push(read(e));
  }
  return [before, ...during];
}

const changeOf = (e: EngineEvent) => e.data.change as { kind?: string; scope?: string; team?: string; to?: unknown; from?: unknown };

const isGripChange = (e: EngineEvent): boolean => changeOf(e).kind === 'grip';
const threatTests = {
  national: (e: EngineEvent) => changeOf(e).kind === 'threatLevel' && changeOf(e).scope === 'national',
  region: (e: EngineEvent) => changeOf(e).kind === 'threatLevel' && changeOf(e).scope === 'region',
} as const;

/**
 * Tests whose truth can end — a variable back under its value, a rumour rebutted, a level lowered, a team stood
 * down — read at the minute itself, so a warrant resting on them can lapse. Undefined for tests that, once true,
 * stay true (an inject delivered, a decision taken).
 */
function valueAt(state: ExerciseState, r: Reading, c: Condition, minute: number): boolean | undefined {
  if ('variable' in c) {
    const first = firstWith(state, 'variableChanged', 'variable', c.variable);
    const initial = first ? (first.data.from as number) : (state.variables[c.variable] ?? 0);
    const series = seriesOf(r, state, `variable\u0000${c.variable}`, 'variableChanged', (e) => e.data.variable === c.variable);
    return valuesDuring(series, minute, (e) => e.data.to as number, initial).some((v) => compare(v, c.op, c.value));
  }
  if ('rumourActive' in c) {
    const rumour = state.rumours[c.rumourActive];
    return rumour !== undefined && rumour.startedAt <= minute && (rumour.rebuttedAt === undefined || rumour.rebuttedAt >= minute);
  }
  if ('grip' in c) {
    const values = valuesDuring(seriesOf(r, state, 'grip', 'structureChanged', isGripChange), minute, (e) => changeOf(e).to as number, levelBefore(state, r, 'grip'));
    return values.some((v) => compare(v, c.grip, c.value));
  }
  if ('threatLevel' in c) {
    const scope = c.region ? 'region' : 'national';
    const series = seriesOf(r, state, `threat\u0000${scope}`, 'structureChanged', threatTests[scope]);
    return valuesDuring(series, minute, (e) => changeOf(e).to as number, levelBefore(state, r, scope)).some((v) => compare(v, c.threatLevel, c.value));
  }
  if ('teamActive' in c) {
    const test = (e: EngineEvent) => (changeOf(e).kind === 'teamConvened' || changeOf(e).kind === 'teamStoodDown') && changeOf(e).team === c.teamActive;
    const series = seriesOf(r, state, `team\u0000${c.teamActive}`, 'structureChanged', test);
    return valuesDuring(series, minute, (e) => changeOf(e).kind === 'teamConvened', false).some(Boolean);
  }
  return undefined;
}

/** A level before any change to it: the first change's "from", else the level now. */
function levelBefore(state: ExerciseState, r: Reading, which: 'grip' | 'national' | 'region'): number {
  const first = seriesOf(r, state, which === 'grip' ? 'grip' : `threat\u0000${which}`, 'structureChanged', which === 'grip' ? isGripChange : threatTests[which]).events[0];
  if (first) return (first.data.change as { from: number }).from;
  const s = summaryOf(state);
  return which === 'grip' ? s.grip : which === 'national' ? s.threatLevel.national : s.threatLevel.region;
}

/**
 * Per event storage: each minute at which something happened, in the order first seen, with the position of the
 * event that first had it. Extended by the new events only; a list sharing the storage takes the minutes first
 * seen before its end (positions ascend), so every state of a long exercise no longer walks all its events.
 */
interface MinutesSeen {
  upTo: number;
  readonly minutes: number[];
  readonly firstAt: number[];
  readonly seen: Set<number>;
}

const minutesByStorage = new WeakMap<object, MinutesSeen>();

/** The minutes at which something happened, in order: where a condition read back from the log can change. */
function eventMinutes(state: ExerciseState, r: Reading): readonly number[] {
  if (r.minutes) return r.minutes;
  const events = state.events;
  let kept = minutesByStorage.get(events.storage);
  if (!kept) minutesByStorage.set(events.storage, (kept = { upTo: 0, minutes: [], firstAt: [], seen: new Set() }));
  // The storage may hold more events than this list (a longer state made first): read only up to our end, so
  // the minutes kept stay those of a prefix every list on this storage shares.
  for (; kept.upTo < events.length; kept.upTo++) {
    const minute = (events.at(kept.upTo) as EngineEvent).minute;
    if (kept.seen.has(minute)) continue;
    kept.seen.add(minute);
    kept.minutes.push(minute);
    kept.firstAt.push(kept.upTo);
  }
  let n = kept.firstAt.length;
  while (n > 0 && (kept.firstAt[n - 1] as number) >= events.length) n--;
  const minutes = new Set<number>([0, state.minute]);
  for (let i = 0; i < n; i++) minutes.add(kept.minutes[i] as number);
  return (r.minutes = [...minutes].sort((a, b) => a - b));
}

/** The first minute a warrant held (for the explanation), or null when it never did. */
function firstHeld(scenario: Scenario, state: ExerciseState, c: Condition): number | null {
  const r = readingOf(scenario, state);
  let first = r.first.get(c);
  if (first !== undefined) return first;
  const compound = 'not' in c || 'always' in c || 'all' in c || 'any' in c;
  if (!compound && valueAt(state, r, c, 0) === undefined) first = triggerTime(state, scenario, c);
  else first = eventMinutes(state, r).find((m) => heldAt(scenario, state, c, m)) ?? null;
  r.first.set(c, first);
  return first;
}

/** The first minute after `from` at which none of the warrants holds any more (the warrant lapsed), or null. */
function lapsedAfter(scenario: Scenario, state: ExerciseState, warrants: readonly WarrantT[], from: number): number | null {
  const r = readingOf(scenario, state);
  const minutes = eventMinutes(state, r);
  // Every measure of a kind asks this from its own minute, and a warrant that keeps holding made each of them walk
  // every later minute: the answer for every minute is read once per state and set of warrants, from the end back.
  let lapses = r.lapses.get(warrants);
  if (!lapses) {
    lapses = new Int32Array(minutes.length);
    let next = -1;
    for (let i = minutes.length - 1; i >= 0; i--) {
      const m = minutes[i] as number;
      if (!warrants.some((w) => heldAt(scenario, state, w.when, m))) next = i;
      lapses[i] = next;
    }
    r.lapses.set(warrants, lapses);
  }
  // The minutes ascend: the first one after `from`.
  let i = firstAtOrAfter(minutes, from);
  if (i < minutes.length && minutes[i] === from) i++;
  const at = i < minutes.length ? (lapses[i] as number) : -1;
  return at === -1 ? null : (minutes[at] as number);
}

/**
 * The minute a measure stopped being in force (lowered, stood down, lifted, completed), or null while it still is.
 * Measures that are done once (an NL-Alert, a removal order, an alert, protection) have no end in the log.
 */
function withdrawnAt(scenario: Scenario, state: ExerciseState, m: MeasureTaken): number | null {
  const changes = structureChanges(readingOf(scenario, state), state);
  const level = Number(m.measure.slice(m.measure.lastIndexOf('-') + 1));
  const ends = (e: EngineEvent): boolean => {
    const ch = e.data.change as { kind?: string; to?: unknown; scope?: string; team?: string };
    const action = e.data.action as { action?: string; level?: string };
    if (m.measure.startsWith('grip-')) return ch.kind === 'grip' && (ch.to as number) < level;
    if (m.measure.startsWith('threat-')) return ch.kind === 'threatLevel' && m.measure.startsWith(`threat-${ch.scope ?? ''}-`) && (ch.to as number) < level;
    if (m.measure.startsWith('convene-')) return ch.kind === 'teamStoodDown' && `convene-${ch.team ?? ''}` === m.measure;
    if (m.measure === 'dsi-deploy') return ch.kind === 'dsi' && ch.to !== 'deployed';
    if (m.measure === 'airport-close') return ['restrictAirspace', 'airportMeasure', 'airTraffic'].includes(action.action ?? '') && ['restrict', 'lift', 'continue', 'resume'].includes(action.level ?? '');
    if (m.measure === 'airport-restrict') return ['restrictAirspace', 'airportMeasure', 'airTraffic'].includes(action.action ?? '') && ['lift', 'continue', 'resume'].includes(action.level ?? '');
    return false;
  };
  // Events are numbered in log order: the changes after the measure start past its own event.
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changes[mid] as EngineEvent).seq <= m.event.seq) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < changes.length; i++) if (ends(changes[i] as EngineEvent)) return (changes[i] as EngineEvent).minute;
  return null;
}

/** Measures that stay in force until withdrawn, so that keeping them after their warrant lapsed can be judged. */
const LASTING = (measure: EscalatingMeasure): boolean => {
  let lasting = lastingKept.get(measure);
  if (lasting === undefined) lastingKept.set(measure, (lasting = /^(grip-|threat-|convene-|airport-)/.test(measure) || measure === 'dsi-deploy'));
  return lasting;
};
const lastingKept = new Map<EscalatingMeasure, boolean>();

/**
 * Kept in force well after the warrant lapsed: the scenario's warrants held when the measure was taken, stopped
 * holding later, and the measure was still in force `keepMinutes` after that (and the run got that far).
 */
function keptAfterLapse(scenario: Scenario, state: ExerciseState, m: MeasureTaken, own: readonly WarrantT[]): JudgedMeasure['kept'] {
  if (!LASTING(m.measure)) return null;
  const lapsed = lapsedAfter(scenario, state, own, m.minute);
  if (lapsed === null) return null;
  const keepMinutes = Math.min(...own.map((w) => w.keepMinutes ?? DEFAULT_KEEP_MINUTES));
  if (state.minute < lapsed + keepMinutes) return null;
  const withdrawn = withdrawnAt(scenario, state, m);
  return withdrawn !== null && withdrawn <= lapsed + keepMinutes ? null : { lapsed, keepMinutes };
}

/** A judgement without the measure it judges. */
type Judgement = Pick<JudgedMeasure, 'source' | 'since' | 'overReaction' | 'kept'>;

/** Judge one measure: an over-reaction when its warrant did not hold when it was taken, or it was kept well after the warrant lapsed. */
function judge(scenario: Scenario, state: ExerciseState, m: MeasureTaken): JudgedMeasure | null {
  const j = judgement(scenario, state, m);
  return j === null ? null : { ...m, ...j };
}

function judgement(scenario: Scenario, state: ExerciseState, m: MeasureTaken): Judgement | null {
  const own = scenarioWarrants(scenario, m.measure, m.target);
  if (own.length > 0) {
    // Read once per state for every measure with the same warrants (and, for whether they held, the same minute).
    const r = readingOf(scenario, state);
    let byMinute = r.warranted.get(own);
    if (!byMinute) r.warranted.set(own, (byMinute = new Map()));
    let warranted = byMinute.get(m.minute);
    if (warranted === undefined) byMinute.set(m.minute, (warranted = own.some((w) => heldAt(scenario, state, w.when, m.minute))));
    let since = r.since.get(own);
    if (since === undefined) {
      const times = own.map((w) => firstHeld(scenario, state, w.when)).filter((t): t is number => t !== null);
      r.since.set(own, (since = times.length === 0 ? null : Math.min(...times)));
    }
    const kept = warranted ? keptAfterLapse(scenario, state, m, own) : null;
    return { source: 'scenario', since, overReaction: !warranted || kept !== null, kept };
  }
  const doctrine = DOCTRINE_WARRANTS[m.measure];
  if (!doctrine) return null;
  // The same warrant for every measure of its kind and target (every GRIP 4 step of a long log): read it once.
  const r = readingOf(scenario, state);
  const key = m.target === null ? m.measure : `${m.measure}\u0000${m.target}`;
  let since = r.doctrine.get(key);
  if (since === undefined) r.doctrine.set(key, (since = doctrine(scenario, state, m.target)));
  return { source: 'doctrine', since, overReaction: since === null || since > m.minute, kept: null };
}

// Scoring asks for the judged measures once per criterion; a state is immutable, so it is judged once.
const judgedCache = new WeakMap<ExerciseState, { scenario: Scenario; judged: readonly JudgedMeasure[] }>();

/** Every escalating measure in the log that has a warrant, judged. */
export function judgedMeasures(scenario: Scenario, state: ExerciseState): readonly JudgedMeasure[] {
  const cached = judgedCache.get(state);
  if (cached && cached.scenario === scenario) return cached.judged;
  let last = lastJudged.get(scenario);
  if (!last) lastJudged.set(scenario, (last = new WeakMap()));
  const judged: JudgedMeasure[] = [];
  for (const m of measuresTaken(state)) {
    const j = judgement(scenario, state, m);
    if (j === null) continue;
    // Most measures are judged the same from one state to the next: the judged measure made before is kept.
    const before = last.get(m);
    if (before && before.source === j.source && before.since === j.since && before.overReaction === j.overReaction && sameKept(before.kept, j.kept)) judged.push(before);
    else {
      const made: JudgedMeasure = { ...m, ...j };
      last.set(m, made);
      judged.push(made);
    }
  }
  judgedCache.set(state, { scenario, judged });
  return judged;
}

/** Per scenario: each measure as last judged (a measure is one object for every state that holds it, measuresOf). */
const lastJudged = new WeakMap<Scenario, WeakMap<MeasureTaken, JudgedMeasure>>();

const sameKept = (a: JudgedMeasure['kept'], b: JudgedMeasure['kept']): boolean => a === b || (a !== null && b !== null && a.lapsed === b.lapsed && a.keepMinutes === b.keepMinutes);

/** The over-reactions in the log, optionally only those of one domain criterion. */
export function overReactions(scenario: Scenario, state: ExerciseState, domain?: CriterionId): JudgedMeasure[] {
  return judgedMeasures(scenario, state).filter((j) => j.overReaction && (domain === undefined || MEASURE_DOMAIN[j.measure] === domain));
}

/**
 * The escalating measures an action is. A GRIP level counts only above `fromGrip`: 0 asks what the action can be
 * at all (scenario lint: which need a warrant); the current level asks what it would be if taken now.
 */
export function escalationsOf(action: StructureActionT, fromGrip = 0): { measure: EscalatingMeasure; target: string | null }[] {
  switch (action.action) {
    case 'scale':
      return [3, 4, 5].filter((l) => action.level >= l && fromGrip < l).map((l) => ({ measure: `grip-${l}` as EscalatingMeasure, target: null }));
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
  return escalationsOf(action, state.structure.scaling.context.level).every((m) => {
    const judged = judge(scenario, state, { ...m, role: '', minute: state.minute, event: state.events.at(state.events.length - 1) as EngineEvent });
    return judged === null || !judged.overReaction;
  });
}

/**
 * Whether the acting role knows this action to be proportionate now (DOMAIN.md §7), from what it knows rather
 * than from the world: each escalating measure the action is has a scenario warrant whose condition the role
 * knows to hold (knowledge/conditions.ts: what it has not learnt does not count), or the law's default as the
 * role's board shows it, or no warrant at all. `given`: a situation the role has been told otherwise (the
 * question on the decision card it weighs). What the bots ask before they escalate; scoring still judges the
 * measure against the log (judge).
 */
export function warrantKnownTo(scenario: Scenario, state: ExerciseState, roleId: string, action: StructureActionT, given?: Condition): boolean {
  // A state never changes, so what a role knows of one measure's warrant in it is kept with it: the bots ask
  // it for every measure of every rule, and again for every comparison while weighing a card's options.
  // Only without a card's question (`given`), which changes the answer.
  let known = given === undefined ? knownWarrants.get(state) : undefined;
  if (given === undefined && known === undefined) knownWarrants.set(state, (known = new Map()));
  return escalationsOf(action, state.structure.scaling.context.level).every((m) => {
    const key = known && `${roleId}\u0000${m.measure}\u0000${m.target ?? ''}`;
    const cached = key === undefined ? undefined : known?.get(key);
    if (cached !== undefined) return cached;
    const holds = measureWarrantKnown(scenario, state, roleId, m.measure, m.target, given);
    if (key !== undefined) known?.set(key, holds);
    return holds;
  });
}

/** State → "role, measure, target" → whether the role knows the measure's warrant holds in it (no card given). */
const knownWarrants = new WeakMap<ExerciseState, Map<string, boolean>>();

function measureWarrantKnown(scenario: Scenario, state: ExerciseState, roleId: string, measure: EscalatingMeasure, target: string | null, given: Condition | undefined): boolean {
  const own = scenarioWarrants(scenario, measure, target);
  if (own.length > 0) return own.some((w) => knownHolds(scenario, state, roleId, w.when, given));
  const doctrine = DOCTRINE_WARRANTS[measure];
  if (!doctrine) return true;
  const since = doctrine(scenario, state, target, (e) => roleSeesEvent(e, roleId));
  return since !== null && since <= state.minute;
}
