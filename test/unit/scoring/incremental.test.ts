// The score and the views keep what they read with the state's shared storage (session/append-list.ts) and extend
// it by what is new: findings judged, warrant minutes, a message's claims and feed reactions, message views and
// timeline entries. Whatever order states are asked in, each must get exactly what a state with no such history
// gets. Over random plays of every bundled scenario (capped): the score and the trainer's, debrief, projector and a
// role's views of each state asked step by step as play goes on (kept work extended), asked again from the last
// state back to the first (kept work longer than the state asking), and of the same state replayed from the start
// on storage of its own (nothing kept) are the same, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, canonicalJson, debriefView, publicView, replay, roleView, scoreExercise, trainerView, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { dropSnapshots } from '../../../src/engine/session/snapshots.js';
import { BUNDLED, newSession, randomPlay } from '../engine/support.js';

/** Everything a state shows: its score and the views made from it (a fresh state object, as a host meets one). */
function shown(scenario: Scenario, state: ExerciseState): string {
  const s = { ...state };
  const role = scenario.roles[0]?.id;
  return canonicalJson({
    score: scoreExercise(scenario, s),
    trainer: trainerView(scenario, s),
    debrief: debriefView(scenario, s, 'trainer'),
    room: debriefView(scenario, s, 'room'),
    projector: publicView(scenario, s),
    role: role === undefined ? null : roleView(scenario, s, role),
  });
}

const recordOf = (s: ExerciseState) => ({ scenarioHash: s.scenarioHash, seed: s.seed, settings: s.settings, log: s.log, attempts: s.attempts });

/** The same state from a replay from the very start: new storage, so nothing kept by an earlier state helps. */
function fresh(scenario: Scenario, state: ExerciseState): string {
  dropSnapshots(scenario);
  return shown(scenario, replay(scenario, recordOf(state)));
}

describe.each(BUNDLED.map((b) => [b.name, b.scenario] as const))('%s', (_name, scenario) => {
  it('the score and views of every state are the same asked forward, backward, and on a fresh replay', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 20, maxLength: 70 }), fc.string({ minLength: 1, maxLength: 6 }), (picks, seed) => {
        // Undo rebuilds the state on storage of its own; without it every state of the play shares one storage.
        const { commands } = randomPlay(scenario, seed, picks);
        let state = newSession(scenario, seed);
        const states = [state];
        for (const c of commands.filter((x) => x.type !== 'undo')) states.push((state = applyCommand(scenario, state, c).state));
        // Every few states, and the last: a replay from the start per state is what costs here.
        const sampled = states.map((s, i) => ({ s, i })).filter(({ i }) => i % 6 === 0 || i === states.length - 1);
        const forward = new Map(states.map((s, i) => [i, shown(scenario, s)]));
        const backward = new Map([...sampled].reverse().map(({ s, i }) => [i, shown(scenario, s)]));
        for (const { s, i } of sampled) {
          expect(backward.get(i)).toBe(forward.get(i));
          expect(fresh(scenario, s)).toBe(forward.get(i));
        }
      }),
      { numRuns: 2, seed: 19 },
    );
  });
});
