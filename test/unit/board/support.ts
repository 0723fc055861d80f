// Views the board tests draw from: every bundled scenario (and the valid fixtures) played by the
// doctrine bots, sampled at a few steps, for the projector and for every role.
import { playExercise } from '../../../src/engine/bots/index.js';
import { publicView, replay, roleView, trainerView, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { SCENARIOS } from '../engine/support.js';

export { SCENARIOS };

/** States at the start, early, mid-way and at the end of a doctrine playthrough. */
export function sampledStates(scenario: Scenario, seed = 'board-1'): ExerciseState[] {
  const { state } = playExercise(scenario, seed, 'doctrine');
  const record = { scenarioHash: state.scenarioHash, seed, settings: state.settings, log: state.log, attempts: state.attempts };
  const n = state.log.length;
  const steps = [...new Set([0, 2, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n])];
  return steps.map((step) => replay(scenario, record, step));
}

export const views = { publicView, roleView, trainerView };
