// The structure machines' transitions are memoised per (persisted state, event), and sessions of one scenario share
// their starting structure, so a step one session took is looked up by the next. The memo must give XState's own
// answer: after many plays have filled it, the states of a play replayed on the same scenario object (answers looked
// up) equal those replayed on a freshly loaded copy of the scenario (nothing kept yet: every answer XState's own).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { canonicalJson, loadScenario, replaySteps, type Scenario } from '../../../src/engine/index.js';
import { applyStructureAction, initialStructure } from '../../../src/engine/machines/structure.js';
import { BUNDLED } from '../engine/support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function fresh(name: string): Scenario {
  const r = loadScenario(readFileSync(`${ROOT}${name}`, 'utf8'), name);
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.scenario;
}

describe.each(BUNDLED.map((s) => [s.name, s.scenario] as const))('%s', (name, scenario) => {
  it('memoised transitions give the same structure at every step as XState on a cold scenario', () => {
    // Fill the memo with the random and doctrine bots' steps (the random bot reaches the most states).
    for (const seed of ['m1', 'm2', 'm3']) for (const policy of ['random', 'doctrine', 'poor'] as const) playExercise(scenario, seed, policy);
    for (const policy of ['random', 'doctrine'] as const) {
      const { state } = playExercise(scenario, 'm2', policy);
      const record = { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log };
      const warm = replaySteps(scenario, record);
      const cold = replaySteps(fresh(name), record);
      expect(warm.length).toBe(cold.length);
      warm.forEach((s, i) => expect(canonicalJson(s.structure), `step ${i}`).toBe(canonicalJson(cold[i]?.structure)));
      expect(canonicalJson(warm.at(-1))).toBe(canonicalJson(cold.at(-1)));
    }
  }, 120_000);
});

describe('a memoised transition', () => {
  const scenario = BUNDLED[0]?.scenario as Scenario;
  it('is the same object the second time, and equals a transition from a structure never asked before', () => {
    const start = initialStructure(scenario);
    const again = initialStructure(scenario);
    const a = applyStructureAction(scenario, start, { action: 'scale', level: 3 }, { office: 'mayor' }, 30);
    const b = applyStructureAction(scenario, start, { action: 'scale', level: 3 }, { office: 'mayor' }, 30);
    const c = applyStructureAction(scenario, again, { action: 'scale', level: 3 }, { office: 'mayor' }, 30);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(b.snapshots.scaling).toBe(a.snapshots.scaling);
    expect(c.snapshots.scaling).not.toBe(a.snapshots.scaling);
    expect(c.snapshots.scaling).toEqual(a.snapshots.scaling);
    // Another minute is another event: the recorded time differs.
    const d = applyStructureAction(scenario, start, { action: 'scale', level: 3 }, { office: 'mayor' }, 45);
    expect(d.ok && d.snapshots.scaling.context.since).toBe(45);
    // A refusal by the machine is kept too, and stays a refusal.
    const e = applyStructureAction(scenario, a.snapshots, { action: 'scale', level: 3 }, { office: 'mayor' }, 60);
    expect(e.ok).toBe(false);
    expect(applyStructureAction(scenario, a.snapshots, { action: 'scale', level: 3 }, { office: 'mayor' }, 60)).toEqual(e);
  });
});
