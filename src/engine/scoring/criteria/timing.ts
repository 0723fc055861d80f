// Shared shape of the "did it happen, and in time?" criteria: a start, an optional moment it happened,
// a target. Before the target has passed and while play goes on, the criterion is still pending.
import type { Condition, Scenario } from '../../scenario/schema.js';
import type { EngineEvent, ExerciseState } from '../../session/types.js';
import { clockExplanation, clockFor, type Clock } from '../clock.js';
import { fromMinutes, notApplicable, verdict, type Verdict } from '../evidence.js';

export const exerciseOver = (state: ExerciseState): boolean => ['hotwash', 'debrief', 'ended'].includes(state.phase);

export function timedVerdict(
  state: ExerciseState,
  start: { minute: number; event?: EngineEvent | undefined },
  done: EngineEvent | undefined,
  t: { target: number; partly: number },
  code: string,
): Verdict {
  if (done) {
    const minutes = done.minute - start.minute;
    // Never a negative minute: done before the trigger is anticipation. Whether it was warranted is judged
    // for escalating measures by their warrants (scoring/warrants.ts), which lower this criterion if not.
    if (minutes < 0) return verdict('met', [start.event, done], `${code}.before`, { minutes: -minutes, target: t.target });
    return verdict(fromMinutes(minutes, t.target, t.partly), [start.event, done], `${code}.done`, { minutes, target: t.target });
  }
  const waited = state.minute - start.minute;
  if (!exerciseOver(state) && waited <= t.target) return notApplicable(`${code}.pending`, { minutes: waited, target: t.target });
  return verdict('notMet', [start.event], `${code}.missing`, { minutes: waited, target: t.target });
}

/**
 * A timed verdict whose clock starts when the trigger reached the acting role (scoring/clock.ts), with the line
 * saying so when that differs from the scenario minute. Callers first test that the trigger held at all.
 */
export function timedFromKnowledge(
  state: ExerciseState,
  scenario: Scenario,
  trigger: Condition | undefined,
  done: EngineEvent | undefined,
  t: { target: number; partly: number },
  code: string,
): Verdict {
  const clock = clockFor(state, scenario, trigger, done);
  if (clock === null) return notApplicable('timing.never-known');
  const v = timedVerdict(state, { minute: clock.minute, event: clock.event }, done, t, code);
  return { ...v, explanations: [...v.explanations, ...clockExplanation(clock)] };
}

/** Minutes from a clock's start to an act, for criteria that weigh several acts: null when the act came before anyone knew. */
export function minutesFromKnowledge(state: ExerciseState, scenario: Scenario, trigger: Condition | undefined, done: EngineEvent): { minutes: number; clock: Clock } | null {
  const clock = clockFor(state, scenario, trigger, done);
  return clock === null ? null : { minutes: Math.max(0, done.minute - clock.minute), clock };
}
