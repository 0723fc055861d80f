// The parts every view shares — clock, structure, indicators, public messages, the board, the
// timeline — each filtered for one audience through canSee. Views are the only way state leaves the engine.
import type { StructureSummary } from '../machines/structure.js';
import type { Scenario, TextT, VisibilityT } from '../scenario/schema.js';
import { scoreExercise, type ScoreReport } from '../scoring/score.js';
import { positionsIn, type KeyOf } from '../session/append-list.js';
import { eventsOfKind, eventsWith, firstWith } from '../session/event-index.js';
import { summaryOf } from '../session/summary.js';
import type { EngineEvent, ExerciseState, PublishedMessage } from '../session/types.js';
import { canSee, type Audience } from './visibility.js';
import { discussionView, type DiscussionView } from './discussion.js';
import { feedFor, type Feed } from '../communication/feed.js';
import { threatKey } from '../knowledge/keys.js';
import { knows } from '../knowledge/store.js';
import { roleSeesDsi, roleSeesVariable } from '../knowledge/sight.js';

export interface ScenarioCard {
  readonly id: string;
  readonly title: TextT;
  readonly summary: TextT;
  readonly languages: readonly string[];
  readonly contentWarnings: readonly TextT[];
  readonly durationMinutes: number;
  readonly region: TextT;
  readonly startsAt: string;
  readonly minutesPerRound: number;
  readonly endsAt: number;
}

export interface IndicatorView {
  readonly id: string;
  readonly name: TextT;
  readonly kind: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit?: TextT;
  /** Values after each change so far (oldest first), for a trend line. */
  readonly history: readonly number[];
}

export interface MessageView {
  readonly id: string;
  readonly minute: number;
  readonly round: number;
  readonly role: string;
  readonly voice: string;
  readonly channel: string;
  /** The blocks' texts in order (or the one text written in own words): exactly what the public read. */
  readonly parts: readonly TextT[];
  /** Present for a message in own words: the language it was written in and its audience. */
  readonly own?: { readonly lang: string; readonly audience: string };
}

export interface BoardView {
  readonly bounds: { readonly width: number; readonly height: number };
  readonly areas: Scenario['setting']['map']['areas'];
  readonly pointsOfInterest: Scenario['setting']['map']['pointsOfInterest'];
  readonly incidentAt: readonly [number, number] | null;
  readonly markers: readonly { readonly id: string; readonly kind: string; readonly label: TextT; readonly at: readonly [number, number] }[];
  readonly zones: readonly { readonly id: string; readonly name: TextT; readonly ring: string; readonly polygon: readonly (readonly [number, number])[]; readonly active: boolean }[];
  readonly units: readonly { readonly id: string; readonly name: TextT; readonly kind: string; readonly at: readonly [number, number] }[];
  readonly hospitals: readonly { readonly id: string; readonly poi: string; readonly capacity: number; readonly load: number }[];
  readonly atRisk: readonly { readonly id: string; readonly poi: string; readonly reason: TextT; readonly protected: boolean }[];
  readonly affectedAreas: readonly string[];
}

export interface RollView {
  readonly seq: number;
  readonly minute: number;
  readonly purpose: string;
  readonly id: string;
  readonly probability: number | null;
  readonly roll: number;
  readonly success: boolean | null;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly minute: number;
  readonly round: number;
  readonly kind: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface CommonView {
  readonly audience: Audience;
  readonly scenario: ScenarioCard;
  readonly phase: ExerciseState['phase'];
  readonly minute: number;
  readonly round: number;
  readonly seed: string;
  readonly structure: Omit<StructureSummary, 'dsi'> & { readonly dsi: StructureSummary['dsi'] | null };
  readonly indicators: readonly IndicatorView[];
  readonly messages: readonly MessageView[];
  readonly board: BoardView;
  readonly rolls: readonly RollView[];
  readonly timeline: readonly TimelineEntry[];
  readonly ending: { readonly id: string; readonly title: TextT; readonly debrief: TextT } | null;
  /** The simulated news and social feed: reactions to what was published (or not), the trainer's items. */
  readonly feed: Feed;
  /** Modules, discussion questions and answers, hotwash and feedback, as this audience may see them. */
  readonly discussion: DiscussionView;
  /** Changes with every accepted command: a renderer can tell it has drawn the latest view. */
  readonly version: number;
  /** Guided mode (a setup option for novice groups): hints are on, and a score is marked as reached with them. */
  readonly guided: boolean;
  /** While paused: the trainer's message to the room (what happens now, when play resumes); null otherwise. */
  readonly pauseMessage: string | null;
  /** The setup's wall-clock time per round in seconds, or null: the screens (console, projector) count it down themselves. */
  readonly roundTimerSeconds: number | null;
}

/** The DSI is confidential operational information: only offices involved in deciding on it see its stage. */
function seesDsi(scenario: Scenario, audience: Audience): boolean {
  if (audience.kind === 'trainer') return true;
  return audience.kind === 'role' && roleSeesDsi(scenario, audience.role);
}

export function scenarioCard(scenario: Scenario): ScenarioCard {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    languages: scenario.languages,
    contentWarnings: scenario.contentWarnings,
    durationMinutes: scenario.durationMinutes,
    region: scenario.setting.region,
    startsAt: scenario.setting.startsAt,
    minutesPerRound: scenario.clock.minutesPerRound,
    endsAt: scenario.clock.endsAt,
  };
}

const scores = new WeakMap<ExerciseState, { readonly scenario: Scenario; readonly report: ScoreReport }>();

/** The score of a state, computed once however many views show it (the trainer's console and the debrief). */
export function scoreOf(scenario: Scenario, state: ExerciseState): ScoreReport {
  const cached = scores.get(state);
  if (cached && cached.scenario === scenario) return cached.report;
  const report = scoreExercise(scenario, state);
  scores.set(state, { scenario, report });
  return report;
}

/**
 * Before the first notification the participants and the projector see the world before the incident: the
 * map, its places and the hospitals' normal load — no units, markers, zones, indicators or places at risk.
 */
function beforeIncident(state: ExerciseState, audience: Audience): boolean {
  return audience.kind !== 'trainer' && state.notifiedAt === null;
}

/** A role sees an information variable (casualty figures) once it has been told it. */
function seesVariable(state: ExerciseState, audience: Audience, variable: Scenario['variables'][number]): boolean {
  if (audience.kind === 'role') return roleSeesVariable(state, audience.role, variable);
  return canSee(variable.visibility, audience);
}

/** A place at risk shows once the threat to it has reached the role; on the projector only when public. */
function seesThreat(state: ExerciseState, audience: Audience, place: Scenario['picture']['atRisk'][number]): boolean {
  if (audience.kind === 'role') return knows(state, audience.role, threatKey(place.id));
  return canSee(place.visibility, audience);
}

function indicators(scenario: Scenario, state: ExerciseState, audience: Audience): IndicatorView[] {
  const out: IndicatorView[] = [];
  if (beforeIncident(state, audience)) return out;
  for (const v of scenario.variables) {
    if (!seesVariable(state, audience, v)) continue;
    const history = eventsWith(state, 'variableChanged', 'variable', v.id).map((e) => e.data.to as number);
    out.push({ id: v.id, name: v.name, kind: v.kind, value: state.variables[v.id] ?? 0, min: v.min, max: v.max, ...(v.unit ? { unit: v.unit } : {}), history });
  }
  return out;
}

/**
 * Per scenario and message storage: each message as the views show it, in the storage's order. A published
 * message never changes, nor does the event that published it (the same step), so every view of a long exercise
 * no longer makes thousands of message views again: they are made once and each list takes its prefix.
 */
const messageViewsKept = new WeakMap<Scenario, WeakMap<object, MessageView[]>>();

export function messageViews(scenario: Scenario, state: ExerciseState): MessageView[] {
  let byStorage = messageViewsKept.get(scenario);
  if (!byStorage) messageViewsKept.set(scenario, (byStorage = new WeakMap()));
  let kept = byStorage.get(state.messages.storage);
  if (!kept) byStorage.set(state.messages.storage, (kept = []));
  if (kept.length < state.messages.length) {
    const blocks = new Map(scenario.communication.blocks.map((b) => [b.id, b]));
    for (let i = kept.length; i < state.messages.length; i++) {
      const m = state.messages.at(i) as PublishedMessage;
      // The event that published it (ids are unique in a log: m1, m2, …).
      const channel = firstWith(state, 'messagePublished', 'message', m.id)?.data.channel as string | undefined;
      kept.push({
        id: m.id,
        minute: m.minute,
        round: m.round,
        role: m.role,
        voice: m.voice,
        channel: channel ?? 'message',
        parts: m.own ? [m.own.text] : m.blocks.map((b) => blocks.get(b)?.text ?? b),
        ...(m.own ? { own: { lang: m.own.lang, audience: m.own.audience } } : {}),
      });
    }
  }
  return kept.slice(0, state.messages.length);
}

function boardView(scenario: Scenario, state: ExerciseState, audience: Audience): BoardView {
  const p = scenario.picture;
  const b = state.board;
  const see = (v: VisibilityT) => canSee(v, audience);
  if (beforeIncident(state, audience)) {
    return {
      bounds: scenario.setting.map.bounds,
      areas: scenario.setting.map.areas,
      pointsOfInterest: scenario.setting.map.pointsOfInterest,
      incidentAt: null,
      markers: [],
      zones: [],
      units: [],
      hospitals: p.hospitals.map((h) => ({ id: h.id, poi: h.poi, capacity: h.capacity, load: h.load })),
      atRisk: [],
      affectedAreas: [],
    };
  }
  return {
    bounds: scenario.setting.map.bounds,
    areas: scenario.setting.map.areas,
    pointsOfInterest: scenario.setting.map.pointsOfInterest,
    incidentAt: b.incidentShown ? (p.incidentAt ?? null) : null,
    markers: b.markers.filter((m) => see(m.visibility)).map((m) => ({ id: m.id, kind: m.kind, label: m.label as TextT, at: m.at })),
    zones: p.zones.filter((z) => see(z.visibility)).map((z) => ({ id: z.id, name: z.name, ring: z.ring, polygon: z.polygon, active: b.activeZones.includes(z.id) })),
    units: p.units
      .filter((u) => see(u.visibility) && b.units[u.id]?.deployed)
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind, at: b.units[u.id]?.at ?? u.at })),
    hospitals: p.hospitals.map((h) => ({ id: h.id, poi: h.poi, capacity: h.capacity, load: b.hospitalLoad[h.id] ?? h.load })),
    atRisk: p.atRisk.filter((a) => seesThreat(state, audience, a)).map((a) => ({ id: a.id, poi: a.poi, reason: a.reason, protected: b.protectedTargets.includes(a.id) })),
    affectedAreas: b.affectedAreas,
  };
}

/** Event data that names private material by text is never copied into a view; ids are. */
function timelineEntry(e: EngineEvent): TimelineEntry {
  return { seq: e.seq, minute: e.minute, round: e.round, kind: e.kind, data: e.data };
}

// Per event storage: every event's timeline entry, by its position (an event's seq is its position in the log's
// events). An event never changes, so the entries are made once however many views and states show them.
const timelines = new WeakMap<object, TimelineEntry[]>();

/** The timeline entries of `events` (visible events of this state, in order; undefined: every event, the trainer's). */
function timelineOf(state: ExerciseState, events: readonly EngineEvent[] | undefined): TimelineEntry[] {
  let kept = timelines.get(state.events.storage);
  if (!kept) timelines.set(state.events.storage, (kept = []));
  for (let i = kept.length; i < state.events.length; i++) kept.push(timelineEntry(state.events.at(i) as EngineEvent));
  const entries = kept;
  // The trainer sees every event: the kept entries up to this state's end.
  if (events === undefined || events.length === state.events.length) return entries.slice(0, state.events.length);
  return events.map((e) => {
    const entry = entries[e.seq];
    return entry !== undefined && entry.seq === e.seq && entry.data === e.data ? entry : timelineEntry(e);
  });
}

/** Where an event may be seen: public, or by the roles named (the trainer sees all, so has no key of its own). */
const PUBLIC_KEY = '\u0000public';
const audienceKeys: KeyOf<EngineEvent> = (e) => (e.visibility === 'public' ? PUBLIC_KEY : e.visibility === 'trainer' ? undefined : e.visibility.roles);

/**
 * The events an audience may see, in order. A role's view used to walk every event of the exercise, so all
 * roles' views cost roles × events; the events are found through an index by audience (the public ones and the
 * ones naming the role, merged in order) and canSee still decides on each of them.
 */
export function visibleEvents(state: ExerciseState, audience: Audience): EngineEvent[] {
  // The trainer sees every event (canSee): the whole list.
  if (audience.kind === 'trainer') return state.events.toArray();
  const shown = positionsIn(state.events, audienceKeys, PUBLIC_KEY);
  const own = audience.kind === 'role' ? positionsIn(state.events, audienceKeys, audience.role) : [];
  const out: EngineEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < shown.length || j < own.length) {
    const p = j >= own.length || (i < shown.length && (shown[i] as number) < (own[j] as number)) ? (shown[i++] as number) : (own[j++] as number);
    const e = state.events.at(p) as EngineEvent;
    if (canSee(e.visibility, audience)) out.push(e);
  }
  return out;
}

/** The message of the pause the exercise is in now: the latest pause's, and only while it lasts. */
function pauseMessage(state: ExerciseState): string | null {
  if (state.phase !== 'paused') return null;
  const pauses = eventsOfKind(state, 'paused');
  const message = pauses[pauses.length - 1]?.data.message;
  return typeof message === 'string' && message.length > 0 ? message : null;
}

export function commonView(scenario: Scenario, state: ExerciseState, audience: Audience): CommonView {
  const summary = summaryOf(state);
  // The trainer sees every event: its timeline is the kept entries, without a copy of the event list first.
  const events = audience.kind === 'trainer' ? undefined : visibleEvents(state, audience);
  const ending = state.ending ? scenario.endings.find((e) => e.id === state.ending) : undefined;
  return {
    audience,
    scenario: scenarioCard(scenario),
    phase: state.phase,
    minute: state.minute,
    round: state.round,
    seed: state.seed,
    structure: { ...summary, dsi: seesDsi(scenario, audience) ? summary.dsi : null },
    indicators: indicators(scenario, state, audience),
    messages: messageViews(scenario, state),
    board: boardView(scenario, state, audience),
    // The rolls this audience sees: the same as the visible events of kind "roll", found through the index by kind.
    rolls: eventsOfKind(state, 'roll')
      .filter((e) => canSee(e.visibility, audience))
      .map((e) => ({
        seq: e.seq,
        minute: e.minute,
        purpose: e.data.purpose as string,
        id: e.data.id as string,
        probability: e.data.probability as number | null,
        roll: e.data.roll as number,
        success: e.data.success as boolean | null,
      })),
    timeline: timelineOf(state, events),
    ending: ending ? { id: ending.id, title: ending.title, debrief: ending.debrief } : null,
    discussion: discussionView(scenario, state, audience),
    feed: feedFor(scenario, state, audience),
    version: state.log.length + state.attempts.length,
    guided: state.settings.guided === true,
    pauseMessage: pauseMessage(state),
    roundTimerSeconds: state.settings.roundTimerSeconds ?? null,
  };
}
