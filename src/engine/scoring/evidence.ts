// What scoring reads: the scenario, the state (itself a replay of the log) and the events that prove
// each result. Nothing here depends on wall-clock time.
import type { Condition, CriterionUseT, Scenario } from '../scenario/schema.js';
import { blocksOf } from '../communication/message.js';
import { compare } from '../session/conditions.js';
import type { KeyOf } from '../session/append-list.js';
import { eventsOfKind, firstWith, kindOf } from '../session/event-index.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import type { CriterionResult } from '../strategy/index.js';

export interface Explanation {
  /** i18n key suffix under "score.", e.g. "first-message.within". */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One criterion's result with the events that prove it and the words that say why. */
export interface Verdict {
  readonly result: CriterionResult;
  readonly evidence: readonly number[];
  readonly explanations: readonly Explanation[];
}

export interface ScoringContext {
  readonly scenario: Scenario;
  readonly state: ExerciseState;
  readonly use: CriterionUseT;
}

export const notApplicable = (code: string, params: Explanation['params'] = {}): Verdict => ({
  result: 'notApplicable',
  evidence: [],
  explanations: [{ code, params }],
});

/**
 * Event numbers in ascending order, each once: what `[...new Set(lists.flat())].sort((a, b) => a - b)` gives. A
 * criterion's evidence is a few lists of events, each in log order, thousands long late in an exercise; merging
 * their ascending runs costs their length, where hashing and sorting them all again for every score did not.
 */
export function ascendingUnique(...lists: readonly (readonly number[])[]): number[] {
  let runs: number[][] = [];
  for (const list of lists) {
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && (list[i] as number) >= (list[i - 1] as number)) continue;
      runs.push(list.slice(start, i));
      start = i;
    }
  }
  while (runs.length > 1) {
    const merged: number[][] = [];
    for (let i = 0; i < runs.length; i += 2) merged.push(i + 1 < runs.length ? mergeAscending(runs[i] as number[], runs[i + 1] as number[]) : (runs[i] as number[]));
    runs = merged;
  }
  const out: number[] = [];
  for (const n of runs[0] ?? []) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}

function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

export function verdict(result: CriterionResult, evidence: readonly (EngineEvent | undefined)[], code: string, params: Explanation['params'] = {}): Verdict {
  return { result, evidence: evidence.filter((e): e is EngineEvent => e !== undefined).map((e) => e.seq), explanations: [{ code, params }] };
}

/** Result from a fraction of parts done: all → met, some → partly, none → not met. */
export function fromFraction(done: number, of: number): CriterionResult {
  if (of === 0) return 'notApplicable';
  if (done >= of) return 'met';
  return done > 0 ? 'partly' : 'notMet';
}

/** Result from elapsed minutes against the target and the "partly" bound. */
export function fromMinutes(minutes: number, target: number, partly: number): CriterionResult {
  if (minutes <= target) return 'met';
  return minutes <= partly ? 'partly' : 'notMet';
}

export function targets(ctx: ScoringContext, fallback: number): { target: number; partly: number } {
  const target = ctx.use.targetMinutes ?? fallback;
  return { target, partly: ctx.use.partlyMinutes ?? target * 2 };
}

export const eventsOf = (state: ExerciseState, kind: string): EngineEvent[] => eventsOfKind(state, kind);

export function firstEvent(state: ExerciseState, kind: string, test?: (e: EngineEvent) => boolean): EngineEvent | undefined {
  return state.events.firstWhere(kindOf, kind, test);
}

export function notificationEvent(state: ExerciseState, scenario: Scenario): EngineEvent | undefined {
  const first = scenario.injects.find((i) => i.firstNotification);
  return first ? firstEvent(state, 'injectDelivered', (e) => e.data.inject === first.id) : undefined;
}

type StructureTest = (action: Record<string, unknown>, change: Record<string, unknown>, event: EngineEvent) => boolean;

// The structure changes by the name of the action that made them and by the kind of change: a long exercise has
// thousands of structure changes, and a score asks for "the first convening of ICCb" or "the first GRIP change
// to 3" dozens of times. Through these indexes (kept with the event storage, session/append-list.ts) a question
// reads only the changes of its action or kind.
const actionName: KeyOf<EngineEvent> = (e) => {
  if (e.kind !== 'structureChanged') return undefined;
  const name = (e.data.action as { action?: unknown } | undefined)?.action;
  return typeof name === 'string' ? name : undefined;
};
const changeKind: KeyOf<EngineEvent> = (e) => {
  if (e.kind !== 'structureChanged') return undefined;
  const kind = (e.data.change as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' ? kind : undefined;
};

const structureTest = (test: StructureTest | undefined) => (test === undefined ? undefined : (e: EngineEvent) => test(e.data.action as Record<string, unknown>, e.data.change as Record<string, unknown>, e));

// Per state: the decision records (decisionTaken events) of each decision, in order. A handful of events, read
// through the index by kind rather than an index of every event by decision built for them alone.
const decisionRecordsKept = new WeakMap<ExerciseState, Map<string, EngineEvent[]>>();

/** The records of a decision being taken (a default, then possibly the action that settled it), in order. */
export function decisionRecords(state: ExerciseState, decision: string): readonly EngineEvent[] {
  let byDecision = decisionRecordsKept.get(state);
  if (!byDecision) {
    byDecision = new Map();
    for (const e of eventsOfKind(state, 'decisionTaken')) {
      const v = e.data.decision;
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const list = byDecision.get(String(v));
      if (list) list.push(e);
      else byDecision.set(String(v), [e]);
    }
    decisionRecordsKept.set(state, byDecision);
  }
  return byDecision.get(decision) ?? [];
}

/** The first structure change made by an action named `action` (and passing `test`). */
export function firstStructureAction(state: ExerciseState, action: string, test?: StructureTest): EngineEvent | undefined {
  return state.events.firstWhere(actionName, action, structureTest(test));
}

/** The first structure change made by any of these actions (and passing `test`), in log order. */
export function firstStructureActionOf(state: ExerciseState, actions: readonly string[], test?: StructureTest): EngineEvent | undefined {
  let first: EngineEvent | undefined;
  for (const action of actions) {
    const e = firstStructureAction(state, action, test);
    if (e !== undefined && (first === undefined || e.seq < first.seq)) first = e;
  }
  return first;
}

/** The first structure change of kind `kind` (grip, threatLevel, teamConvened…) passing `test`. */
export function firstStructureChange(state: ExerciseState, kind: string, test?: StructureTest): EngineEvent | undefined {
  return state.events.firstWhere(changeKind, kind, structureTest(test));
}

/** The structure changes of kind `kind`, in order. */
export function structureChangesOf(state: ExerciseState, kind: string): EngineEvent[] {
  return state.events.where(changeKind, kind);
}

const OPS_UPWARD = new Set(['>', '>=', '==']);

/**
 * The scenario minute from which a criterion's trigger held, read back from the events, or null when
 * it never held. Conditions the events cannot date (a "not", a constant) count from the notification.
 */
export function triggerTime(state: ExerciseState, scenario: Scenario, c: Condition | undefined): number | null {
  if (c === undefined) return state.notifiedAt;
  if ('all' in c) {
    const times = c.all.map((x) => triggerTime(state, scenario, x));
    return times.some((t) => t === null) ? null : Math.max(...(times as number[]));
  }
  if ('any' in c) {
    const times = c.any.map((x) => triggerTime(state, scenario, x)).filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.min(...times);
  }
  if ('delivered' in c) return state.delivered[c.delivered]?.minute ?? null;
  if ('decided' in c) {
    const taken = state.decisions[c.decided]?.taken;
    return taken && (c.option === undefined || taken.option === c.option) ? taken.minute : null;
  }
  if ('time' in c) return OPS_UPWARD.has(c.time) && state.minute >= c.value ? c.value : compare(state.minute, c.time, c.value) ? 0 : null;
  if ('structureAction' in c) return state.actionsTaken[c.structureAction] ?? null;
  if ('published' in c) return state.messages.firstWhere(blocksOf, c.published)?.minute ?? null;
  if ('rumourActive' in c) return state.rumours[c.rumourActive]?.startedAt ?? null;
  if ('rumourRebutted' in c) return state.rumours[c.rumourRebutted]?.rebuttedAt ?? null;
  if ('variable' in c) {
    const initial = firstWith(state, 'variableChanged', 'variable', c.variable);
    const start = initial ? (initial.data.from as number) : (state.variables[c.variable] ?? 0);
    if (compare(start, c.op, c.value)) return 0;
    const hit = firstWith(state, 'variableChanged', 'variable', c.variable, (e) => compare(e.data.to as number, c.op, c.value));
    return hit ? hit.minute : null;
  }
  if ('grip' in c) {
    const hit = firstStructureChange(state, 'grip', (_a, ch) => compare(ch.to as number, c.grip, c.value));
    return hit ? hit.minute : null;
  }
  if ('threatLevel' in c) {
    const scope = c.region ? 'region' : 'national';
    const hit = firstStructureChange(state, 'threatLevel', (_a, ch) => ch.scope === scope && compare(ch.to as number, c.threatLevel, c.value));
    return hit ? hit.minute : null;
  }
  if ('teamActive' in c) {
    const hit = firstStructureAction(state, 'convene', (a) => a.team === c.teamActive);
    return hit ? hit.minute : null;
  }
  if ('boardAction' in c) return firstEvent(state, 'boardAction', (e) => e.data.action === c.boardAction)?.minute ?? null;
  return state.notifiedAt;
}

/** Minutes the exercise has run since a moment: how long a pending expectation has had. */
export const elapsedSince = (state: ExerciseState, t: number): number => state.minute - t;
