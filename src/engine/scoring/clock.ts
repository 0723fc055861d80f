// Timing counts from knowledge (DOMAIN.md §7, "How a criterion is judged" 3): a timed criterion's clock starts
// when the trigger reached the role that acted (its team's pooled knowledge included: the knowledge model
// records what a team shares as its members' own), not at the scenario minute the trigger held. A mayor told of
// the stabbing twenty minutes after the police is timed from then; that the picture reached her late is judged
// by information sharing (C18), not twice. Where nobody acted, the clock starts when the structure first knew:
// the earliest role that learnt it. A trigger that never reached any role starts no clock.
import type { Condition, Scenario } from '../scenario/schema.js';
import { decisionKey, injectKey, rumourKey, variableKey } from '../knowledge/keys.js';
import { knownSince, whoKnows } from '../knowledge/store.js';
import { firstWith } from '../session/event-index.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import { triggerTime, type Explanation } from './evidence.js';

/** Where a clock starts, and on whose knowledge. */
export interface Clock {
  /** The minute the clock starts: when the trigger reached the acting role, or the structure. */
  readonly minute: number;
  /** The scenario minute the trigger first held. */
  readonly scenarioMinute: number;
  /** The role whose knowledge started the clock; null when the trigger is no fact a role learns (a time, a published message). */
  readonly knownBy: string | null;
  /** The event that taught it, for the evidence. */
  readonly event: EngineEvent | undefined;
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

/** The knowledge key a test of the condition language stands for, or null when it is nothing a role learns (a time, a constant, the picture on the projector). */
function keyOf(c: Leaf): string | null {
  if ('delivered' in c) return injectKey(c.delivered);
  if ('rumourActive' in c) return rumourKey(c.rumourActive);
  if ('decided' in c) return decisionKey(c.decided);
  if ('variable' in c) return variableKey(c.variable);
  return null;
}

/** The trigger the clock of a criterion without its own trigger runs from: the first notification. */
export function notificationTrigger(scenario: Scenario): Condition | undefined {
  const first = scenario.injects.find((i) => i.firstNotification);
  return first ? { delivered: first.id } : undefined;
}

interface Known {
  readonly minute: number;
  readonly role: string | null;
  readonly event: number | null;
}

/**
 * When `role` (or, with role null, the first role of the structure) knew that a condition held: the later of
 * the scenario minute and the minute the role learnt each fact it rests on. Null when it never knew.
 */
function knownAt(state: ExerciseState, scenario: Scenario, c: Condition, role: string | null): Known | null {
  if ('all' in c) {
    const parts = c.all.map((x) => knownAt(state, scenario, x, role));
    if (parts.some((p) => p === null)) return null;
    return (parts as Known[]).reduce((a, b) => (b.minute > a.minute ? b : a));
  }
  if ('any' in c) {
    const parts = c.any.map((x) => knownAt(state, scenario, x, role)).filter((p): p is Known => p !== null);
    return parts.length === 0 ? null : parts.reduce((a, b) => (b.minute < a.minute ? b : a));
  }
  const held = triggerTime(state, scenario, c);
  if (held === null) return null;
  if ('not' in c) return { minute: held, role: null, event: null };
  const key = keyOf(c);
  if (key === null) return { minute: held, role: null, event: null };
  if (role !== null) {
    const k = knownSince(state, role, key);
    return k ? { minute: Math.max(held, k.minute), role, event: k.event } : null;
  }
  let first: Known | null = null;
  for (const e of whoKnows(state, key)) {
    const minute = Math.max(held, e.minute);
    if (first === null || minute < first.minute) first = { minute, role: e.role, event: e.event };
  }
  return first;
}

/** The role that took the act an event records: a structure action's or decision's role, or the role that published the message. */
export function actorOf(state: ExerciseState, event: EngineEvent | undefined): string | null {
  if (!event) return null;
  if (typeof event.data.role === 'string') return event.data.role;
  if (typeof event.data.message === 'string') {
    const published = firstWith(state, 'messagePublished', 'message', event.data.message);
    if (published && typeof published.data.role === 'string') return published.data.role;
  }
  return null;
}

/**
 * Where the clock of a timed criterion starts for the act `done` (undefined: nothing done yet). The acting role's
 * knowledge when it knew before it acted; otherwise the structure's first knowledge (an act before anyone knew is
 * anticipation, which the warrants judge for escalating measures). Null when the trigger never held, or held but
 * never reached any role (then there was nothing anyone could have acted on).
 */
export function clockFor(state: ExerciseState, scenario: Scenario, trigger: Condition | undefined, done: EngineEvent | undefined): Clock | null {
  const c = trigger ?? notificationTrigger(scenario);
  const held = c === undefined ? state.notifiedAt : triggerTime(state, scenario, c);
  if (held === null) return null;
  if (c === undefined) return { minute: held, scenarioMinute: held, knownBy: null, event: undefined };
  const at = (k: Known): Clock => ({ minute: k.minute, scenarioMinute: held, knownBy: k.role, event: k.event === null ? undefined : state.events.at(k.event) });
  const actor = actorOf(state, done);
  if (done && actor !== null) {
    const own = knownAt(state, scenario, c, actor);
    if (own !== null && own.minute <= done.minute) return at(own);
  }
  const structure = knownAt(state, scenario, c, null);
  return structure === null ? null : at(structure);
}

/** The line that says the clock ran from knowledge, when that differs from the scenario minute. */
export function clockExplanation(clock: Clock): Explanation[] {
  if (clock.knownBy === null || clock.minute === clock.scenarioMinute) return [];
  return [{ code: 'timing.from-knowledge', params: { role: clock.knownBy, minute: clock.minute, held: clock.scenarioMinute } }];
}

/**
 * The clock for a thing a role learns by name (a threat to a place at risk: "threat:<id>"), not through a condition:
 * from when the acting role knew it, else when the structure first did. Null when nobody ever knew.
 */
export function clockForKey(state: ExerciseState, key: string, done: EngineEvent | undefined): Clock | null {
  const at = (minute: number, role: string, event: number): Clock => ({ minute, scenarioMinute: minute, knownBy: role, event: state.events.at(event) });
  const actor = actorOf(state, done);
  if (done && actor !== null) {
    const own = knownSince(state, actor, key);
    if (own && own.minute <= done.minute) return at(own.minute, actor, own.event);
  }
  let first: { minute: number; role: string; event: number } | null = null;
  for (const e of whoKnows(state, key)) if (first === null || e.minute < first.minute) first = { minute: e.minute, role: e.role, event: e.event };
  return first === null ? null : at(first.minute, first.role, first.event);
}
