// Property tests over random seeds and random legal command sequences (drawn from availableCommands)
// on every bundled scenario and the valid fixtures: an exercise is scenario + seed + log, so replaying,
// saving and loading, and forking must all give back the very same state, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, canonicalJson, replay, type ExerciseState } from '../../../src/engine/index.js';
import { fork, makeBundle, readBundle, resume } from '../../../src/engine/session/bundle.js';
import { randomPlay, SCENARIOS } from './support.js';

const play = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  picks: fc.array(fc.nat({ max: 100_000 }), { minLength: 4, maxLength: 60 }),
  cut: fc.nat(),
  branch: fc.nat(),
});

/** The last state at each log length: what a replay of that many commands must give (with the attempts up to then). */
function restingStates(states: readonly ExerciseState[]): Map<number, ExerciseState> {
  const out = new Map<number, ExerciseState>();
  for (const s of states) out.set(s.log.length, s);
  return out;
}

const withoutAttempts = (s: ExerciseState) => canonicalJson({ ...s, attempts: [] });

describe.each(SCENARIOS.map((s) => [s.name, s.scenario] as const))('%s', (_name, scenario) => {
  it('replay, save → load → continue, and a fork continued with the parent\'s commands all equal uninterrupted play', () => {
    fc.assert(
      fc.property(play, ({ seed, picks, cut, branch }) => {
        const { commands, states } = randomPlay(scenario, seed, picks);
        const final = states.at(-1) as ExerciseState;
        const record = { scenarioHash: final.scenarioHash, seed, settings: final.settings, log: final.log, attempts: final.attempts };

        // A refused command changes nothing but the attempts.
        for (let i = 0; i < commands.length; i++) {
          const [before, after] = [states[i] as ExerciseState, states[i + 1] as ExerciseState];
          if (after.log.length === before.log.length) {
            expect(after.attempts.length).toBe(before.attempts.length + 1);
            expect(withoutAttempts(after)).toBe(withoutAttempts(before));
          }
        }

        // Replay gives the byte-identical state at sampled steps (and at the end).
        const resting = restingStates(states);
        const lengths = [...resting.keys()];
        for (const n of new Set([lengths[0], lengths[Math.floor(lengths.length / 2)], lengths.at(-1)])) {
          if (n === undefined) continue;
          expect(canonicalJson(replay(scenario, record, n))).toBe(canonicalJson(resting.get(n)));
        }

        // Save (JSON text of the bundle) → load → continue equals uninterrupted play.
        const at = cut % (commands.length + 1);
        const saved = JSON.parse(JSON.stringify(makeBundle(scenario, states[at] as ExerciseState)));
        const read = readBundle(saved, scenario);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        let continued = resume(scenario, read.bundle);
        expect(canonicalJson(continued)).toBe(canonicalJson(read.state));
        for (const c of commands.slice(at)) continued = applyCommand(scenario, continued, c).state;
        expect(canonicalJson(continued)).toBe(canonicalJson(final));

        // A fork replayed with the parent's remaining commands equals the parent.
        const parent = makeBundle(scenario, final);
        const step = branch % (final.log.length + 1);
        const child = fork(scenario, parent, step);
        expect(child.parent).toEqual({ scenarioHash: final.scenarioHash, seed, step, logLength: final.log.length });
        let branchState = resume(scenario, child);
        for (const entry of final.log.slice(step)) {
          const r = applyCommand(scenario, branchState, entry.command);
          expect(r.ok).toBe(true);
          branchState = r.state;
        }
        expect(withoutAttempts(branchState)).toBe(withoutAttempts(final));
      }),
      { numRuns: scenario.roles.length > 8 ? 12 : 25 },
    );
  }, 120_000);

  it('a saved bundle loads against its own embedded scenario', () => {
    const { states } = randomPlay(scenario, 'embedded', [3, 8, 1, 4, 12, 40, 5, 9, 16, 2]);
    const final = states.at(-1) as ExerciseState;
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(scenario, final))));
    expect(read.ok && canonicalJson(read.state)).toBe(canonicalJson(final));
  }, 30_000);
});
