// The random bot draws from candidateCommands' own list, and the doctrine bot reads its rules' measures, through
// caches kept with the state's records and the role's knowledge. At states reached in random and doctrine plays, the cached answers must equal the answers
// made from nothing: the same log replayed on a freshly loaded scenario object, so no cache holds anything yet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { doctrineMeasures } from '../../../src/engine/bots/playbook.js';
import { canonicalJson, loadScenario, replay, replaySteps, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { candidateCommands, candidateStructureActions, roleMoveCandidates } from '../../../src/engine/session/available.js';
import type { Actor } from '../../../src/engine/session/types.js';
import { BUNDLED } from '../engine/support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The same scenario as a new object: every cache keyed on the scenario (or its records) starts empty. */
function fresh(name: string): Scenario {
  const r = loadScenario(readFileSync(`${ROOT}${name}`, 'utf8'), name);
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.scenario;
}

const record = (s: ExerciseState, n: number) => ({ scenarioHash: s.scenarioHash, seed: s.seed, settings: s.settings, log: s.log.slice(0, n) });

describe.each(BUNDLED.map((s) => [s.name, s.scenario] as const))('%s', (name, scenario) => {
  it.each(['random', 'doctrine'] as const)('after a %s play, the cached candidates equal those of a cold replay', (policy) => {
    const { state } = playExercise(scenario, 'seed-c', policy);
    const steps = replaySteps(scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log });
    const every = Math.max(1, Math.floor(steps.length / 6));
    for (let n = 0; n < steps.length; n += every) {
      const warm = steps[n] as ExerciseState;
      const other = fresh(name);
      const cold = replay(other, record(state, n));
      for (const r of scenario.roles) {
        const actor: Actor = { kind: 'role', role: r.id };
        const expected = candidateCommands(other, cold, actor)
          .filter((c) => c.type !== 'endTurn')
          .map(({ actor: _a, ...body }) => body);
        expect(canonicalJson(roleMoveCandidates(scenario, warm, actor))).toBe(canonicalJson(expected));
        // Asked twice on the warm state (now from the caches), the same again.
        expect(canonicalJson(roleMoveCandidates(scenario, warm, actor))).toBe(canonicalJson(expected));
        expect(canonicalJson(candidateStructureActions(scenario, warm, actor))).toBe(canonicalJson(candidateStructureActions(other, cold, actor)));
        // The doctrine bot's measures, kept per role across states.
        expect(canonicalJson(doctrineMeasures(scenario, warm, r.id))).toBe(canonicalJson(doctrineMeasures(other, cold, r.id)));
      }
    }
  }, 60_000);
});
