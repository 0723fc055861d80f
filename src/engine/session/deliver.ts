// Injects reach their audience when due: at their time, when their condition holds, or when an
// effect or the trainer schedules them. Then decisions whose time has come are opened.
import { notifyIncident } from '../machines/structure.js';
import type { Decision, Inject, VisibilityT } from '../scenario/schema.js';
import { conditionInputs, holds, type ConditionInput } from './conditions.js';
import { applyEffects } from './effects.js';
import { keyedUniform, pickWeighted } from './random.js';
import type { Step } from './step.js';
import type { ScenarioIndex } from './lookup.js';
import type { ExerciseState } from './types.js';
import { applyBoardChange } from './board.js';
import { startRumour } from './rumours.js';
import { learnFromInject } from '../knowledge/learn.js';
import { firstWith } from './event-index.js';

const variants = new WeakMap<Inject, Map<string, number>>();

/** The seeded variant of an inject: keyed on the inject alone, so it is the same whenever it is asked
 *  (and can be remembered per seed: seeding a generator is the expensive part of a draw). */
export function variantOf(seed: string, inject: Inject): number | null {
  if (inject.variants.length === 0) return null;
  let bySeed = variants.get(inject);
  if (!bySeed) variants.set(inject, (bySeed = new Map()));
  let v = bySeed.get(seed);
  if (v === undefined) {
    v = pickWeighted(keyedUniform(seed, 'variant', inject.id, 0), inject.variants.map((x) => x.weight));
    if (bySeed.size > 64) bySeed.clear();
    bySeed.set(seed, v);
  }
  return v;
}

export function audienceVisibility(step: Step, inject: Inject): VisibilityT {
  if (inject.to.projector) return 'public';
  const roles = inject.to.roles === 'all' ? step.scenario.roles.map((r) => r.id) : [...inject.to.roles];
  return { roles };
}

function dueAt(step: Step, inject: Inject, base: number): number {
  return scheduledAt(step.s.seed, inject, base);
}

export function deliverInject(step: Step, inject: Inject, how: 'timed' | 'triggered' | 'scheduled' | 'fired'): void {
  const variant = variantOf(step.s.seed, inject);
  if (variant !== null) {
    step.roll('variant', inject.id, null, 'trainer', { inject: inject.id, variant, weights: inject.variants.map((v) => v.weight) });
  }
  step.own('delivered')[inject.id] = { minute: step.s.minute, round: step.s.round, variant };
  if (inject.firstNotification && step.s.notifiedAt === null) {
    step.s.notifiedAt = step.s.minute;
    step.s.structure = notifyIncident(step.s.structure, step.s.minute);
    step.own('board').incidentShown = true;
  }
  const v = variant === null ? undefined : inject.variants[variant];
  const delivered = step.emit('injectDelivered', audienceVisibility(step, inject), { inject: inject.id, variant, how, channel: inject.channel });
  learnFromInject(step, inject, variant, delivered);
  for (const change of inject.board) applyBoardChange(step, change, { source: 'inject', sourceId: inject.id });
  applyEffects(step, inject.effects, { kind: 'inject', id: inject.id });
  if (v) applyEffects(step, v.effects, { kind: 'variant', id: `${inject.id}#${variant}` });
}

/** Rumours start at their time or when their condition first holds. */
function startDueRumours(step: Step): void {
  for (const r of step.scenario.rumours) {
    if (step.s.rumours[r.id]) continue;
    const timeReached = r.startsAt !== undefined && r.startsAt <= step.s.minute;
    const conditionHolds = r.when !== undefined && (r.startsAt === undefined || timeReached) && holds(step.s, r.when);
    if ((timeReached && r.when === undefined) || conditionHolds) startRumour(step, r.id);
  }
}

/**
 * The author's feed items appear at their time or when their condition first holds (both: not before the
 * time), once each, as a public event the feed reads (communication/feed.ts). The check is the rumours'.
 */
function seedDueFeed(step: Step): void {
  for (const item of step.scenario.communication.feed) {
    if (item.at !== undefined && item.at > step.s.minute) continue;
    if (firstWith(step.s, 'feedSeeded', 'item', item.id) !== undefined || seededThisStep(step, item.id)) continue;
    if (item.when !== undefined && !holds(step.s, item.when)) continue;
    step.emit('feedSeeded', 'public', { item: item.id, kind: item.kind, text: item.text });
  }
}

function seededThisStep(step: Step, item: string): boolean {
  for (const e of step.events) if (e.kind === 'feedSeeded' && e.data.item === item) return true;
  return false;
}

/** When an inject scheduled for `at` arrives, after its seeded variant's delay. */
export function scheduledAt(seed: string, inject: Inject, at: number): number {
  const v = variantOf(seed, inject);
  return at + (v === null ? 0 : (inject.variants[v]?.delayMinutes ?? 0));
}

/**
 * What is still to deliver, read once per `delivered` record: the position in the timed injects (in the order they
 * fall due) before which every one is delivered, and the triggered injects not yet delivered. deliverDue runs after every command,
 * and walking every inject delivered so far (or every triggered one) each time made a command cost the size of
 * the scenario. A state's record is copied when a step first delivers, so a command that delivers nothing reuses
 * the answer. Deliveries are never taken back, so an answer read earlier in a step (the step's own copy, written
 * to afterwards) can only list more than is still to deliver, never less: the loops below skip what is delivered.
 */
interface Pending {
  readonly idx: ScenarioIndex;
  readonly seed: string;
  /** The timed injects in the order they fall due in this session (timedByDue), and the first not delivered. */
  readonly timed: readonly TimedDue[];
  readonly timedFrom: number;
  readonly triggered: readonly Inject[];
  /** The triggered injects still to deliver, grouped by what their conditions read (see quietGroups). */
  readonly groups: readonly TriggerGroup[];
}

/**
 * Triggered injects whose conditions read the same parts of the state. `quiet`: the parts' values when every
 * condition of the group was last found false; while the state holds those same values, none can hold now, so
 * the group is not tested again. A group whose conditions read something unknown (inputs null) is always tested.
 */
interface TriggerGroup {
  readonly inputs: readonly ConditionInput[] | null;
  /** Positions in Pending.triggered. */
  readonly positions: readonly number[];
  quiet: readonly unknown[] | undefined;
}

const pendingByRecord = new WeakMap<ExerciseState['delivered'], Pending>();

interface TimedDue {
  readonly inject: Inject;
  readonly at: number;
}

const timedBySeed = new WeakMap<ScenarioIndex, Map<string, readonly TimedDue[]>>();

/**
 * The timed injects with the minute each falls due in a session (its time and its seeded variant's delay), in the
 * order they fall due (then by id). A variant only ever delays, so walking them by their own time met every delayed
 * inject again after every command until it came due; by the minute they fall due, the walk stops at the first
 * that is not due yet.
 */
function timedByDue(idx: ScenarioIndex, seed: string): readonly TimedDue[] {
  let bySeed = timedBySeed.get(idx);
  if (!bySeed) timedBySeed.set(idx, (bySeed = new Map()));
  let list = bySeed.get(seed);
  if (!list) {
    list = idx.timed.map((inject) => ({ inject, at: scheduledAt(seed, inject, inject.at ?? 0) })).sort((a, b) => a.at - b.at || (a.inject.id < b.inject.id ? -1 : a.inject.id > b.inject.id ? 1 : 0));
    if (bySeed.size >= 64) bySeed.clear();
    bySeed.set(seed, list);
  }
  return list;
}

function pendingOf(idx: ScenarioIndex, seed: string, delivered: ExerciseState['delivered']): Pending {
  const kept = pendingByRecord.get(delivered);
  if (kept && kept.idx === idx && kept.seed === seed) return kept;
  const timed = timedByDue(idx, seed);
  let timedFrom = 0;
  while (timedFrom < timed.length && (timed[timedFrom] as TimedDue).inject.id in delivered) timedFrom++;
  const triggered = idx.triggered.filter((inj) => !(inj.id in delivered));
  const bySignature = new Map<string, { inputs: readonly ConditionInput[] | null; positions: number[] }>();
  triggered.forEach((inj, i) => {
    const inputs = inj.when ? conditionInputs(inj.when) : null;
    const key = inputs === null ? '\u0000unknown' : inputs.join(',');
    let g = bySignature.get(key);
    if (!g) bySignature.set(key, (g = { inputs, positions: [] }));
    g.positions.push(i);
  });
  const groups = [...bySignature.values()].map((g) => ({ ...g, quiet: undefined }));
  const pending: Pending = { idx, seed, timed, timedFrom, triggered, groups };
  pendingByRecord.set(delivered, pending);
  return pending;
}

/**
 * The values of the parts a group's conditions read, or null when one of them is this step's own copy of a record:
 * a step writes its copies in place, so only a record it has not copied (still the previous state's, which never
 * changes) or a value replaced whole (the structure, the message list, the clock) can vouch that nothing changed.
 */
function inputValues(step: Step, inputs: readonly ConditionInput[]): unknown[] | null {
  const out: unknown[] = [];
  for (const input of inputs) {
    const value = step.s[input];
    if (OWNED_BY_STEP.has(input) && value !== step.before[input]) return null;
    out.push(value);
  }
  return out;
}

const OWNED_BY_STEP: ReadonlySet<ConditionInput> = new Set(['variables', 'delivered', 'decisions', 'rumours', 'board', 'actionsTaken']);

/** inputValues(step, inputs) is non-null and equal to `quiet`, read without making the list (asked after every command). */
function inputsUnchanged(step: Step, inputs: readonly ConditionInput[], quiet: readonly unknown[]): boolean {
  if (inputs.length !== quiet.length) return false;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as ConditionInput;
    const value = step.s[input];
    if (OWNED_BY_STEP.has(input) && value !== step.before[input]) return false;
    if (value !== quiet[i]) return false;
  }
  return true;
}

const NOTHING_TO_TEST: { readonly tested: readonly number[]; readonly groups: readonly TriggerGroup[] } = { tested: [], groups: [] };
const NOTHING_HELD: ReadonlySet<string> = new Set();

/**
 * The triggered injects to test now, in their order: those of every group whose inputs changed since its
 * conditions were all found false. Checking a few hundred waiting conditions after every command made a command's
 * cost grow with the scenario, while most commands change nothing they read.
 */
function triggeredToTest(step: Step, pending: Pending): { readonly tested: readonly number[]; readonly groups: readonly TriggerGroup[] } {
  const groups: TriggerGroup[] = [];
  for (const g of pending.groups) {
    if (g.quiet !== undefined && g.inputs !== null && inputsUnchanged(step, g.inputs, g.quiet)) continue;
    groups.push(g);
  }
  if (groups.length === 0) return NOTHING_TO_TEST;
  const tested = groups.length === 1 ? (groups[0] as TriggerGroup).positions : groups.flatMap((g) => g.positions).sort((a, b) => a - b);
  return { tested, groups };
}

/** Deliver everything due now, in (time, id) order, until nothing more becomes due. */
export function deliverDue(step: Step): void {
  const { s, idx } = step;
  // Held back by the trainer (the run sheet): not delivered while held, delivered when due once released.
  const held = s.held !== undefined && s.held.length > 0 ? new Set(s.held) : NOTHING_HELD;
  for (let guard = 0; guard <= step.scenario.injects.length; guard++) {
    const due: { inject: Inject; at: number; how: 'timed' | 'triggered' | 'scheduled' }[] = [];
    const pending = pendingOf(idx, s.seed, s.delivered);
    for (let i = pending.timedFrom; i < pending.timed.length; i++) {
      const { inject: inj, at } = pending.timed[i] as TimedDue;
      // Sorted by the minute each falls due: nothing later is due yet.
      if (at > s.minute) break;
      if (inj.id in s.delivered || held.has(inj.id)) continue;
      due.push({ inject: inj, at, how: 'timed' });
    }
    // Nothing scheduled (most commands): the list stays as it is rather than being made again, empty.
    if (s.scheduled.length > 0) {
      const stillScheduled: { inject: string; at: number }[] = [];
      for (const sc of s.scheduled) {
        const inj = idx.injects.get(sc.inject);
        if (!inj || inj.id in s.delivered) continue;
        if (sc.at <= s.minute && !held.has(inj.id)) due.push({ inject: inj, at: sc.at, how: 'scheduled' });
        else stillScheduled.push(sc);
      }
      s.scheduled = stillScheduled;
    }
    const { tested, groups } = triggeredToTest(step, pending);
    // Whether each tested group's conditions were all false (an inject held back or scheduled counts as not known).
    const quiet = new Map<TriggerGroup, boolean>(groups.map((g) => [g, true]));
    const groupOf = groups.length === 1 ? () => groups[0] as TriggerGroup : (i: number) => groups.find((g) => g.positions.includes(i)) as TriggerGroup;
    for (const i of tested) {
      const inj = pending.triggered[i] as Inject;
      if (inj.id in s.delivered) continue;
      if (held.has(inj.id) || !inj.when || s.scheduled.some((x) => x.inject === inj.id) || holds(s, inj.when)) quiet.set(groupOf(i), false);
      if (held.has(inj.id) || !inj.when || s.scheduled.some((x) => x.inject === inj.id) || !holds(s, inj.when)) continue;
      const at = dueAt(step, inj, s.minute);
      if (at <= s.minute) due.push({ inject: inj, at, how: 'triggered' });
      else s.scheduled = [...s.scheduled, { inject: inj.id, at }];
    }
    for (const [g, allFalse] of quiet) {
      const now = allFalse && g.inputs !== null ? inputValues(step, g.inputs) : null;
      g.quiet = now ?? undefined;
    }
    startDueRumours(step);
    seedDueFeed(step);
    if (due.length === 0) break;
    due.sort((a, b) => a.at - b.at || (a.inject.id < b.inject.id ? -1 : a.inject.id > b.inject.id ? 1 : 0));
    const seen = new Set<string>();
    for (const d of due) {
      if (seen.has(d.inject.id) || d.inject.id in s.delivered) continue;
      seen.add(d.inject.id);
      deliverInject(step, d.inject, d.how);
    }
  }
  openDecisions(step);
}

// The decisions not yet opened, read once per `decisions` record (as the injects above: a record is copied when a
// step first writes to it, and opened decisions stay opened, so an earlier answer lists more, never less).
const unopenedByRecord = new WeakMap<ExerciseState['decisions'], { readonly scenario: Step['scenario']; readonly unopened: readonly Decision[] }>();

function unopenedOf(scenario: Step['scenario'], decisions: ExerciseState['decisions']): readonly Decision[] {
  const kept = unopenedByRecord.get(decisions);
  if (kept && kept.scenario === scenario) return kept.unopened;
  const unopened = scenario.decisions.filter((d) => !(d.id in decisions));
  unopenedByRecord.set(decisions, { scenario, unopened });
  return unopened;
}

export function openDecisions(step: Step): void {
  const { s } = step;
  for (const d of unopenedOf(step.scenario, s.decisions)) {
    if (d.id in s.decisions) continue;
    // Neither a time nor a condition: open from the first round.
    const timeReached = d.opensAt === undefined || d.opensAt <= s.minute;
    if (!timeReached || (d.when !== undefined && !holds(s, d.when))) continue;
    step.own('decisions')[d.id] = { openedAt: s.minute, openedRound: s.round, deadlineRound: s.round + d.deadlineRounds - 1 };
    step.emit('decisionOpened', { roles: [d.owner] }, { decision: d.id, owner: d.owner, deadlineRound: s.round + d.deadlineRounds - 1 });
  }
}
