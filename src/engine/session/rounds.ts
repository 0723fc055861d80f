// Rounds and the scenario clock: deliver → decide → resolve, with the scenario's time compression.
// There are no wall-clock timers anywhere in the model: time moves only by command.
import { flowStep, type FlowEvent } from '../machines/flow.js';
import { holds } from './conditions.js';
import { deliverDue } from './deliver.js';
import { applyEffects } from './effects.js';
import { spreadRumours } from './rumours.js';
import { learnDecision, poolTeams } from '../knowledge/learn.js';
import type { Scenario } from '../scenario/schema.js';
import { refuse, type Step } from './step.js';
import type { ExerciseState } from './types.js';

export function moveFlow(step: Step, event: FlowEvent['type']): void {
  const next = flowStep(step.s.phase, event);
  if (next === null) refuse('not-in-phase', { phase: step.s.phase, event });
  step.s.phase = next;
}

/** Start a round at the current clock: deliver what is due, open decisions, give the first table its turn. */
export function beginRound(step: Step): void {
  step.s.turn = { table: 0, done: [] };
  step.emit('roundStarted', 'public', { round: step.s.round, minute: step.s.minute });
  deliverDue(step);
  moveFlow(step, 'DELIVERED');
}

/** Missed decisions take their default, with a "deadline passed" event that scoring uses as evidence. */
function applyDefaults(step: Step): void {
  for (const d of step.scenario.decisions) {
    const st = step.s.decisions[d.id];
    if (!st || st.taken || st.deadlineRound > step.s.round) continue;
    const option = d.options.find((o) => o.id === d.default);
    if (!option) continue;
    step.own('decisions')[d.id] = { ...st, taken: { option: option.id, byDefault: true, actor: null, minute: step.s.minute, round: step.s.round } };
    step.emit('deadlinePassed', 'trainer', { decision: d.id, owner: d.owner, option: option.id });
    const taken = step.emit('decisionTaken', d.public ? 'public' : { roles: [d.owner] }, { decision: d.id, owner: d.owner, option: option.id, byDefault: true });
    learnDecision(step, d.id, taken);
    applyEffects(step, option.effects, { kind: 'option', id: `${d.id}/${option.id}`, role: step.idx.roles.get(d.owner) });
  }
}

function resolveRound(step: Step): void {
  applyDefaults(step);
  spreadRumours(step);
  // The teams that met this round pool what their members know (knowledge/learn.ts).
  poolTeams(step, step.emit('roundResolved', 'public', { round: step.s.round }));
}

/** The ending whose condition holds (first match), else the fallback. */
export function chooseEnding(step: Step): void {
  const ending = step.scenario.endings.find((e) => e.when !== undefined && holds(step.s, e.when)) ?? step.scenario.endings.find((e) => e.when === undefined);
  step.s.ending = ending?.id ?? null;
  step.emit('exerciseEnded', 'public', { ending: step.s.ending, minute: step.s.minute, round: step.s.round });
}

/**
 * Resolve the round and move the clock on by `minutes` (one round's worth, or a trainer jump).
 * A jump passes through every round it skips, so injects arrive in order, defaults apply and rumours spread.
 */
export function advanceClock(step: Step, minutes: number): void {
  const target = Math.min(step.s.minute + minutes, step.scenario.clock.endsAt);
  do {
    // Each round ends one round's worth after it started (a jump within the round does not move its end).
    const roundEnd = roundEndsAt(step.scenario, step.s);
    moveFlow(step, 'ADVANCE');
    resolveRound(step);
    if (step.s.minute >= step.scenario.clock.endsAt) {
      moveFlow(step, 'FINISH');
      chooseEnding(step);
      return;
    }
    moveFlow(step, 'NEXT');
    step.s.minute = Math.min(roundEnd, target);
    step.s.round += 1;
    beginRound(step);
  } while (step.s.minute < target);
}

/** The scenario minute at which the current round ends: the minute it started plus one round's worth. */
export function roundEndsAt(scenario: Pick<Scenario, 'clock'>, state: Pick<ExerciseState, 'events' | 'round' | 'minute'>): number {
  const events = state.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events.at(i);
    if (e?.kind === 'roundStarted' && e.round === state.round) return e.minute + scenario.clock.minutesPerRound;
  }
  return state.minute + scenario.clock.minutesPerRound;
}

/**
 * A module's time jump ("two days later") is one round however far the clock moves: the room skips the hours
 * in between, so what fell due in the gap arrives together at the new time and open decisions take their
 * defaults once, instead of the exercise passing through every skipped round.
 */
export function jumpToModuleStart(step: Step, minute: number, announce: () => void): void {
  moveFlow(step, 'ADVANCE');
  resolveRound(step);
  moveFlow(step, 'NEXT');
  step.s.minute = Math.min(Math.max(step.s.minute, minute), step.scenario.clock.endsAt);
  step.s.round += 1;
  announce();
  beginRound(step);
}
