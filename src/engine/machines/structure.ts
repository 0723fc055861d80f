// The crisis structure as the engine sees it: one small machine per concern, advanced with XState's
// pure transition() and stored as plain JSON ({ value, context } per concern) inside the exercise
// state. Authority is checked once, from the table in authority.ts, before any machine moves.
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { pureTransition } from './pure-transition.js';
import type { Scenario, StructureActionT } from '../scenario/schema.js';
import { TEAMS, type ConvenableTeam, type DsiStage, type IncidentStage, type Office, type Team } from '../scenario/vocabulary.js';
import type { Acting } from './acting.js';
import { aftercareMachine, type AftercareContext, type AftercareEvent, type AftercareValue } from './aftercare.js';
import { checkAuthority, type AuthoritySituation, type DsiApprover, type ProtectionDomain } from './authority.js';
import { dsiMachine, type DsiContext, type DsiEvent, type DsiValue } from './dsi.js';
import { incidentMachine, type IncidentContext, type IncidentEvent, type IncidentValue } from './incident.js';
import { nationalMachine, NATIONAL_TEAMS, type NationalContext, type NationalEvent, type NationalValue } from './national.js';
import { policeMachine, POLICE_TEAMS, type PoliceContext, type PoliceEvent, type PoliceValue } from './police.js';
import { refuse, type Refusal } from './refusal.js';
import { levelOf, REGIONAL_TEAM_CHAIRS, scalingModelOf, type GripLevel } from './scaling-model.js';
import { scalingMachine, type ScalingContext, type ScalingEvent, type ScalingValue } from './scaling.js';
import { regionLevel, threatMachine, type ThreatContext, type ThreatEvent, type ThreatLevel, type ThreatScope, type ThreatValue } from './threat.js';
import { senderOf, warningMachine, type NlAlertSender, type WarningContext, type WarningEvent, type WarningValue } from './warning.js';

/** The parts of a scenario the structure reads. A whole Scenario fits. */
export type StructureScenario = {
  readonly setting: {
    readonly scaling: Pick<Scenario['setting']['scaling'], 'model' | 'levels'> & { readonly crossRegional?: boolean };
    readonly threatLevel: Scenario['setting']['threatLevel'];
    readonly dsiApproval?: DsiApprover;
  };
  readonly picture?: { readonly atRisk: readonly { readonly id: string; readonly domain?: ProtectionDomain }[] };
};

export type Persisted<V, C> = { readonly value: V; readonly context: C };

/** Plain JSON: survives JSON.stringify/parse and canonical hashing, and continues identically. */
export type StructureSnapshots = {
  readonly incident: Persisted<IncidentValue, IncidentContext>;
  readonly scaling: Persisted<ScalingValue, ScalingContext>;
  readonly police: Persisted<PoliceValue, PoliceContext>;
  readonly national: Persisted<NationalValue, NationalContext>;
  readonly threat: Persisted<ThreatValue, ThreatContext>;
  readonly dsi: Persisted<DsiValue, DsiContext>;
  readonly warning: Persisted<WarningValue, WarningContext>;
  readonly aftercare: Persisted<AftercareValue, AftercareContext>;
};
export type Concern = keyof StructureSnapshots;

type AftercareWhat = keyof AftercareValue;

/** What changed, in terms a trainer recognises; the engine turns each into an event. */
export type StructureChange =
  | { readonly kind: 'incident'; readonly from: IncidentStage; readonly to: IncidentStage }
  | { readonly kind: 'grip'; readonly from: GripLevel; readonly to: GripLevel }
  | { readonly kind: 'teamConvened'; readonly team: ConvenableTeam; readonly chair: Office | null }
  | { readonly kind: 'teamChair'; readonly team: ConvenableTeam; readonly from: Office | null; readonly to: Office | null }
  | { readonly kind: 'teamStoodDown'; readonly team: ConvenableTeam }
  | { readonly kind: 'threatLevel'; readonly scope: ThreatScope; readonly from: ThreatLevel; readonly to: ThreatLevel }
  | { readonly kind: 'dsi'; readonly from: DsiStage; readonly to: DsiStage }
  | { readonly kind: 'nlAlert'; readonly area: string; readonly advice: string; readonly national: boolean; readonly sender: NlAlertSender }
  | { readonly kind: 'adviceWithdrawn'; readonly area: string | null; readonly advice: string | null }
  | { readonly kind: 'aftercare'; readonly what: AftercareWhat }
  /** An action no machine holds (protect, alertPartners, …): authorised, and recorded by the engine. */
  | { readonly kind: 'measure'; readonly action: StructureActionT };

export type StructureActor = { readonly office: Office; readonly narrowed?: readonly StructureActionT['action'][] };

export type StructureResult =
  | { readonly ok: true; readonly snapshots: StructureSnapshots; readonly changes: readonly StructureChange[] }
  | { readonly ok: false; readonly refusal: Refusal };

// ---------------------------------------------------------------- snapshots

/** One machine per concern of the structure; the bench replays the same events through these bare. */
export const MACHINES: { readonly [C in Concern]: AnyStateMachine } = {
  incident: incidentMachine,
  scaling: scalingMachine,
  police: policeMachine,
  national: nationalMachine,
  threat: threatMachine,
  dsi: dsiMachine,
  warning: warningMachine,
  aftercare: aftercareMachine,
};

type EventOf = {
  incident: IncidentEvent;
  scaling: ScalingEvent;
  police: PoliceEvent;
  national: NationalEvent;
  threat: ThreatEvent;
  dsi: DsiEvent;
  warning: WarningEvent;
  aftercare: AftercareEvent;
};

// resolveState is the slow part of a step; a persisted object we produced (or resolved once) maps to
// its live snapshot, so a running session resolves each concern at most once after loading.
const live = new WeakMap<object, AnyMachineSnapshot>();

function resolved(concern: Concern, persisted: Persisted<unknown, unknown>): AnyMachineSnapshot {
  let snap = live.get(persisted);
  if (!snap) {
    snap = MACHINES[concern].resolveState({ value: persisted.value as never, context: persisted.context });
    live.set(persisted, snap);
  }
  return snap;
}

function persist<C extends Concern>(snap: AnyMachineSnapshot): StructureSnapshots[C] {
  const out = { value: snap.value, context: snap.context } as StructureSnapshots[C];
  live.set(out, snap);
  return out;
}

// Transitions memoised per (persisted state, event). XState's transition is pure and our persisted states never
// change, so the answer for a state and an event is always the same object: a session's starting structure is
// shared by every session of the scenario (session/create.ts), so sessions that take the same steps share their
// states too, and a step one of them took is looked up, not made again. Each state keeps its own answers (a
// WeakMap: they go with it); every state reached from one start draws on that start's budget of answers, so a
// process that plays for hours keeps a bounded number, then makes the rest afresh (the same objects' content).
interface Answers {
  readonly next: Map<string, Persisted<unknown, unknown> | null>;
  readonly budget: { left: number };
}
const answers = new WeakMap<object, Answers>();

/** Answers kept per starting structure and the states reached from it. */
export const TRANSITION_ANSWERS = 4096;

// Objects inside an event (the situation's scaling model and protection domains) are named by identity: they are
// the scenario's, never changed.
const objectIds = new WeakMap<object, number>();
let lastObjectId = 0;

function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = ++lastObjectId));
  return id;
}

/** The event as a key: its fields in order, the situation's fields spelt out, objects below that by identity. */
function eventKey(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (Array.isArray(value)) return `[${value.map((v) => eventKey(v, depth + 1)).join(',')}]`;
  if (depth >= 2) return `#${String(idOf(value))}`;
  let key = '{';
  for (const [k, v] of Object.entries(value)) key += `${k}:${eventKey(v, depth + 1)};`;
  return `${key}}`;
}

/** The next persisted state of one concern, or null when the machine does not take the event now. */
function advance<C extends Concern>(concern: C, persisted: StructureSnapshots[C], event: EventOf[C]): StructureSnapshots[C] | null {
  let kept = answers.get(persisted);
  if (!kept) answers.set(persisted, (kept = { next: new Map(), budget: { left: TRANSITION_ANSWERS } }));
  const key = eventKey(event);
  const known = kept.next.get(key);
  if (known !== undefined) return known as StructureSnapshots[C] | null;
  const after = transitionOf(concern, persisted, event);
  if (kept.budget.left > 0) {
    kept.budget.left -= 1;
    kept.next.set(key, after);
    if (after) answers.set(after, { next: new Map(), budget: kept.budget });
  }
  return after;
}

/** XState's own answer: the machine's pure transition from the persisted state, or null when it does not take the event. */
function transitionOf<C extends Concern>(concern: C, persisted: StructureSnapshots[C], event: EventOf[C]): StructureSnapshots[C] | null {
  const snap = resolved(concern, persisted);
  if (!snap.can(event)) return null;
  const machine: AnyStateMachine = MACHINES[concern];
  const next = pureTransition(machine, snap, event);
  return persist<C>(next);
}

export function initialStructure(scenario: StructureScenario): StructureSnapshots {
  const { national, region } = scenario.setting.threatLevel;
  return {
    incident: persist<'incident'>(initialTransition(incidentMachine)[0]),
    scaling: persist<'scaling'>(initialTransition(scalingMachine, { model: scalingModelOf(scenario.setting.scaling) })[0]),
    police: persist<'police'>(initialTransition(policeMachine)[0]),
    national: persist<'national'>(initialTransition(nationalMachine)[0]),
    threat: persist<'threat'>(initialTransition(threatMachine, { national: national as ThreatLevel, ...(region === undefined ? {} : { region: region as ThreatLevel }) })[0]),
    dsi: persist<'dsi'>(initialTransition(dsiMachine)[0]),
    warning: persist<'warning'>(initialTransition(warningMachine)[0]),
    aftercare: persist<'aftercare'>(initialTransition(aftercareMachine)[0]),
  };
}

// ---------------------------------------------------------------- actions → machine events

type Routed = { [C in Concern]: { readonly concern: C; readonly event: EventOf[C] } }[Concern];

const AFTERCARE_EVENTS = {
  openIac: 'OPEN_IAC',
  registerVictims: 'REGISTER_VICTIMS',
  outreach: 'OUTREACH',
  responderAftercare: 'RESPONDER_AFTERCARE',
} as const;
const DSI_EVENTS = { requestDsi: 'REQUEST', planDsi: 'PLAN', approveDsi: 'APPROVE', deployDsi: 'DEPLOY', completeDsi: 'COMPLETE' } as const;
const INCIDENT_EVENTS = { confirmIncident: 'CONFIRM', declareContained: 'CONTAIN', startRecovery: 'START_RECOVERY' } as const;

function isPoliceTeam(team: ConvenableTeam): team is (typeof POLICE_TEAMS)[number] {
  return (POLICE_TEAMS as readonly string[]).includes(team);
}

/** The machine event for an action, or null for measures no machine holds. */
function route(action: StructureActionT, acting: Acting): Routed | null {
  switch (action.action) {
    case 'scale':
      return { concern: 'scaling', event: { type: 'SCALE', level: action.level as GripLevel, ...acting } };
    case 'convene':
    case 'standDown': {
      const type = action.action === 'convene' ? 'CONVENE' : 'STAND_DOWN';
      return isPoliceTeam(action.team)
        ? { concern: 'police', event: { type, team: action.team, ...acting } }
        : { concern: 'national', event: { type, team: action.team, ...acting } };
    }
    case 'setThreatLevel':
      return { concern: 'threat', event: { type: 'SET', scope: action.scope, level: action.level as ThreatLevel, ...acting } };
    case 'confirmIncident':
    case 'declareContained':
    case 'startRecovery':
      return { concern: 'incident', event: { type: INCIDENT_EVENTS[action.action], ...acting } };
    case 'requestDsi':
    case 'planDsi':
    case 'approveDsi':
    case 'deployDsi':
    case 'completeDsi':
      return { concern: 'dsi', event: { type: DSI_EVENTS[action.action], ...acting } };
    case 'sendNlAlert':
      return { concern: 'warning', event: { type: 'SEND', area: action.area, advice: action.advice, ...(action.national ? { national: true } : {}), ...acting } };
    case 'withdrawAdvice':
      return { concern: 'warning', event: { type: 'WITHDRAW', ...acting } };
    case 'openIac':
    case 'registerVictims':
    case 'outreach':
    case 'responderAftercare':
      return { concern: 'aftercare', event: { type: AFTERCARE_EVENTS[action.action], ...acting } };
    default:
      return null;
  }
}

// ---------------------------------------------------------------- applying an action

/**
 * Check authority, then whether the structure allows the action now, and apply it. A refusal
 * changes nothing. The scenario is part of the call so that rules reading scenario data stay here.
 */
export function applyStructureAction(
  scenario: StructureScenario,
  snapshots: StructureSnapshots,
  action: StructureActionT,
  actor: StructureActor,
  minute: number,
): StructureResult {
  const situation = situationOf(scenario, snapshots);
  const refusal = precheck(snapshots, action, actor, situation);
  if (refusal) return { ok: false, refusal };
  const acting: Acting = { office: actor.office, minute, situation, ...(actor.narrowed === undefined ? {} : { narrowed: actor.narrowed }) };
  const routed = route(action, acting);
  if (!routed) return { ok: true, snapshots, changes: [{ kind: 'measure', action }] };
  const before = snapshots[routed.concern];
  const after = advance(routed.concern, before as never, routed.event as never) as typeof before | null;
  if (!after) return { ok: false, refusal: refuse('not-now', { action: action.action, state: stateOf(routed, before) }) };
  const next = { ...snapshots, [routed.concern]: after } as StructureSnapshots;
  return { ok: true, snapshots: next, changes: changesOf(routed.concern, snapshots, next) };
}

/** Would the action be refused now? Null when it would be taken. Cheap enough for listing what an actor may do. */
export function checkStructureAction(
  scenario: StructureScenario,
  snapshots: StructureSnapshots,
  action: StructureActionT,
  actor: StructureActor,
): Refusal | null {
  const situation = situationOf(scenario, snapshots);
  const refusal = precheck(snapshots, action, actor, situation);
  if (refusal) return refusal;
  const routed = route(action, { office: actor.office, minute: 0, situation, ...(actor.narrowed ? { narrowed: actor.narrowed } : {}) });
  if (!routed) return null;
  const before = snapshots[routed.concern];
  return resolved(routed.concern, before).can(routed.event) ? null : refuse('not-now', { action: action.action, state: stateOf(routed, before) });
}

const protectionCache = new WeakMap<object, Readonly<Record<string, ProtectionDomain>>>();

/** The scenario's Bewaken en Beveiligen domains by place at risk. */
function protectionOf(scenario: StructureScenario): Readonly<Record<string, ProtectionDomain>> {
  const atRisk = scenario.picture?.atRisk;
  if (!atRisk) return {};
  let out = protectionCache.get(atRisk);
  if (!out) {
    const domains: Record<string, ProtectionDomain> = {};
    for (const place of atRisk) domains[place.id] = place.domain ?? 'publicOrder';
    protectionCache.set(atRisk, (out = domains));
  }
  return out;
}

/**
 * Everything the authority table reads, from the scenario and the structure now: the regional model
 * and level (art. 39 Wvr moves powers to the chair when the chair leads), whether more than one region
 * is involved, the scenario's DSI route, the places' protection domains and which NL-Alert is in force.
 */
// session/available.ts caches what each role may take by the parts of this that change during play (the
// scaling model, the GRIP level, a national NL-Alert in force): a new part that changes must join its key.
export function situationOf(scenario: StructureScenario, snapshots: StructureSnapshots): AuthoritySituation {
  const scaling = snapshots.scaling.context;
  return {
    scaling: scaling.model,
    grip: scaling.level,
    crossRegional: scenario.setting.scaling.crossRegional === true,
    dsiApproval: scenario.setting.dsiApproval ?? 'ministerJenV',
    protection: protectionOf(scenario),
    nationalAlert: snapshots.warning.value === 'inForce' && snapshots.warning.context.national,
  };
}

function precheck(snapshots: StructureSnapshots, action: StructureActionT, actor: StructureActor, situation: AuthoritySituation): Refusal | null {
  const refusal = checkAuthority(actor.office, action, actor.narrowed, situation);
  if (refusal) return refusal;
  if (action.action === 'setThreatLevel' && action.scope === 'region' && action.level < snapshots.threat.context.national) {
    return refuse('threat-region-below-national', { level: action.level, national: snapshots.threat.context.national });
  }
  return null;
}

/** The state the refused action met, named by the part of the machine it concerns. */
function stateOf(routed: Routed, persisted: Persisted<unknown, unknown>): string {
  const value = persisted.value;
  switch (routed.concern) {
    case 'police':
    case 'national':
      return `${routed.event.team}:${(value as Record<string, string>)[routed.event.team] ?? ''}`;
    case 'aftercare': {
      const region = AFTERCARE_REGION[routed.event.type];
      return `${region}:${(value as AftercareValue)[region]}`;
    }
    case 'threat': {
      const c = persisted.context as ThreatContext;
      return `${routed.event.scope}:${routed.event.scope === 'national' ? c.national : regionLevel(c)}`;
    }
    default:
      return String(value);
  }
}

const AFTERCARE_REGION: Readonly<Record<AftercareEvent['type'], AftercareWhat>> = {
  OPEN_IAC: 'iac',
  REGISTER_VICTIMS: 'registration',
  OUTREACH: 'outreach',
  RESPONDER_AFTERCARE: 'responders',
};

function changesOf(concern: Concern, a: StructureSnapshots, b: StructureSnapshots): StructureChange[] {
  switch (concern) {
    case 'incident':
      return [{ kind: 'incident', from: a.incident.value, to: b.incident.value }];
    case 'scaling':
      return [{ kind: 'grip', from: a.scaling.context.level, to: b.scaling.context.level }];
    case 'police':
      return teamChanges(POLICE_TEAMS, a.police, b.police);
    case 'national':
      return teamChanges(NATIONAL_TEAMS, a.national, b.national);
    case 'threat': {
      const out: StructureChange[] = [];
      const [x, y] = [a.threat.context, b.threat.context];
      if (x.national !== y.national) out.push({ kind: 'threatLevel', scope: 'national', from: x.national, to: y.national });
      if (regionLevel(x) !== regionLevel(y)) out.push({ kind: 'threatLevel', scope: 'region', from: regionLevel(x), to: regionLevel(y) });
      return out;
    }
    case 'dsi':
      return [{ kind: 'dsi', from: a.dsi.value, to: b.dsi.value }];
    case 'warning': {
      const w = b.warning.context;
      return b.warning.value === 'inForce'
        ? [{ kind: 'nlAlert', area: w.area ?? '', advice: w.advice ?? '', national: w.national, sender: senderOf(w) }]
        : [{ kind: 'adviceWithdrawn', area: w.area, advice: w.advice }];
    }
    case 'aftercare': {
      return Object.values(AFTERCARE_REGION).filter((r) => a.aftercare.value[r] !== b.aftercare.value[r]).map((what) => ({ kind: 'aftercare', what }));
    }
  }
}

function teamChanges<T extends ConvenableTeam>(
  teams: readonly T[],
  a: Persisted<{ readonly [K in T]: 'inactive' | 'active' }, { readonly teams: Readonly<Record<T, { readonly chair: Office | null }>> }>,
  b: typeof a,
): StructureChange[] {
  const out: StructureChange[] = [];
  for (const team of teams) {
    const [was, is] = [a.value[team], b.value[team]];
    const [chairWas, chairIs] = [a.context.teams[team].chair, b.context.teams[team].chair];
    if (was === 'inactive' && is === 'active') out.push({ kind: 'teamConvened', team, chair: chairIs });
    else if (was === 'active' && is === 'inactive') out.push({ kind: 'teamStoodDown', team });
    else if (is === 'active' && chairWas !== chairIs) out.push({ kind: 'teamChair', team, from: chairWas, to: chairIs });
  }
  return out;
}

// ---------------------------------------------------------------- events without an office

/** The first-notification inject: the incident becomes known. Nothing changes if it already is. */
export function notifyIncident(snapshots: StructureSnapshots, minute: number): StructureSnapshots {
  const incident = advance('incident', snapshots.incident, { type: 'NOTIFY', minute });
  return incident ? { ...snapshots, incident } : snapshots;
}

/** The end of the exercise closes an incident in recovery. Nothing changes in any other stage. */
export function closeIncident(snapshots: StructureSnapshots, minute: number): StructureSnapshots {
  const incident = advance('incident', snapshots.incident, { type: 'CLOSE', minute });
  return incident ? { ...snapshots, incident } : snapshots;
}

// ---------------------------------------------------------------- summary

export type ActiveTeam = { readonly team: Team; readonly chair: Office | null };

/** Plain data for views, conditions and scoring. */
export type StructureSummary = {
  readonly incident: IncidentStage;
  readonly grip: GripLevel;
  readonly scalingModel: 'grip' | 'custom';
  readonly activeTeams: readonly ActiveTeam[];
  readonly threatLevel: { readonly national: ThreatLevel; readonly region: ThreatLevel };
  readonly dsi: DsiStage;
  readonly nlAlert: { readonly inForce: boolean; readonly area?: string; readonly advice?: string; readonly national?: boolean };
  readonly aftercare: {
    readonly iacOpen: boolean;
    readonly victimRegistration: boolean;
    readonly outreach: boolean;
    readonly responderAftercare: boolean;
  };
};

export function structureSummary(s: StructureSnapshots): StructureSummary {
  const { model, level } = s.scaling.context;
  const chairs = new Map<Team, Office | null>();
  // The NCC and the LOCC are always on: permanent 24/7 centres (DOMAIN.md §2); the LOCC has no chair among the offices.
  chairs.set('NCC', 'nccHead');
  chairs.set('LOCC', null);
  for (const team of levelOf(model, level)?.teams ?? []) chairs.set(team, REGIONAL_TEAM_CHAIRS[team] ?? null);
  for (const team of POLICE_TEAMS) if (s.police.value[team] === 'active') chairs.set(team, s.police.context.teams[team].chair);
  for (const team of NATIONAL_TEAMS) if (s.national.value[team] === 'active') chairs.set(team, s.national.context.teams[team].chair);
  const activeTeams = TEAMS.filter((t) => chairs.has(t)).map((team) => ({ team, chair: chairs.get(team) ?? null }));
  const w = s.warning;
  const inForce = w.value === 'inForce';
  const a = s.aftercare.value;
  return {
    incident: s.incident.value,
    grip: level,
    scalingModel: model.kind,
    activeTeams,
    threatLevel: { national: s.threat.context.national, region: regionLevel(s.threat.context) },
    dsi: s.dsi.value,
    nlAlert: inForce ? { inForce, area: w.context.area ?? '', advice: w.context.advice ?? '', national: w.context.national } : { inForce },
    aftercare: {
      iacOpen: a.iac === 'open',
      victimRegistration: a.registration === 'on',
      outreach: a.outreach === 'on',
      responderAftercare: a.responders === 'on',
    },
  };
}
