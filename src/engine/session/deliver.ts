// Injects reach their audience when due: at their time, when their condition holds, or when an
// effect or the trainer schedules them. Then decisions whose time has come are opened.
import { notifyIncident } from '../machines/structure.js';
import type { Decision, Inject, VisibilityT } from '../scenario/schema.js';
import { holds } from './conditions.js';
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
    if (firstWith(step.s, 'feedSeeded', 'item', item.id) !== undefined || step.events.some((e) => e.kind === 'feedSeeded' && e.data.item === item.id)) continue;
    if (item.when !== undefined && !holds(step.s, item.when)) continue;
    step.emit('feedSeeded', 'public', { item: item.id, kind: item.kind, text: item.text });
  }
}

/** When an inject scheduled for `at` arrives, after its seeded variant's delay. */
export function scheduledAt(seed: string, inject: Inject, at: number): number {
  const v = variantOf(seed, inject);
  return at + (v === null ? 0 : (inject.variants[v]?.delayMinutes ?? 0));
}

/**
 * What is still to deliver, read once per `delivered` record: the position in the time-ordered injects before
 * which every one is delivered, and the triggered injects not yet delivered. deliverDue runs after every command,
 * and walking every inject delivered so far (or every triggered one) each time made a command cost the size of
 * the scenario. A state's record is copied when a step first delivers, so a command that delivers nothing reuses
 * the answer. Deliveries are never taken back, so an answer read earlier in a step (the step's own copy, written
 * to afterwards) can only list more than is still to deliver, never less: the loops below skip what is delivered.
 */
interface Pending {
  readonly idx: ScenarioIndex;
  readonly timedFrom: number;
  readonly triggered: readonly Inject[];
}

const pendingByRecord = new WeakMap<ExerciseState['delivered'], Pending>();

function pendingOf(idx: ScenarioIndex, delivered: ExerciseState['delivered']): Pending {
  const kept = pendingByRecord.get(delivered);
  if (kept && kept.idx === idx) return kept;
  let timedFrom = 0;
  while (timedFrom < idx.timed.length && (idx.timed[timedFrom] as Inject).id in delivered) timedFrom++;
  const pending: Pending = { idx, timedFrom, triggered: idx.triggered.filter((inj) => !(inj.id in delivered)) };
  pendingByRecord.set(delivered, pending);
  return pending;
}

/** Deliver everything due now, in (time, id) order, until nothing more becomes due. */
export function deliverDue(step: Step): void {
  const { s, idx } = step;
  // Held back by the trainer (the run sheet): not delivered while held, delivered when due once released.
  const held = new Set(s.held ?? []);
  for (let guard = 0; guard <= step.scenario.injects.length; guard++) {
    const due: { inject: Inject; at: number; how: 'timed' | 'triggered' | 'scheduled' }[] = [];
    const pending = pendingOf(idx, s.delivered);
    for (let i = pending.timedFrom; i < idx.timed.length; i++) {
      const inj = idx.timed[i] as Inject;
      // Sorted by time, and a variant only ever delays: nothing later can be due yet.
      if ((inj.at ?? 0) > s.minute) break;
      if (inj.id in s.delivered || held.has(inj.id)) continue;
      const at = dueAt(step, inj, inj.at ?? 0);
      if (at <= s.minute) due.push({ inject: inj, at, how: 'timed' });
    }
    const stillScheduled: { inject: string; at: number }[] = [];
    for (const sc of s.scheduled) {
      const inj = idx.injects.get(sc.inject);
      if (!inj || inj.id in s.delivered) continue;
      if (sc.at <= s.minute && !held.has(inj.id)) due.push({ inject: inj, at: sc.at, how: 'scheduled' });
      else stillScheduled.push(sc);
    }
    s.scheduled = stillScheduled;
    for (const inj of pending.triggered) {
      if (inj.id in s.delivered || held.has(inj.id) || !inj.when || s.scheduled.some((x) => x.inject === inj.id) || !holds(s, inj.when)) continue;
      const at = dueAt(step, inj, s.minute);
      if (at <= s.minute) due.push({ inject: inj, at, how: 'triggered' });
      else s.scheduled = [...s.scheduled, { inject: inj.id, at }];
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
