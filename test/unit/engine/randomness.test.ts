// Keyed randomness (DESIGN.md "Randomness"): each draw is seeded by (seed, purpose, id, occurrence), so a
// fork that changes one decision leaves every unrelated roll as it was, and every random outcome is an
// event that says its probability and its roll.
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, type EngineEvent, type ExerciseState } from '../../../src/engine/index.js';
import { fork, makeBundle, resume } from '../../../src/engine/session/bundle.js';
import { keyedUniform } from '../../../src/engine/session/random.js';
import { role, scenarioNamed, SCENARIOS } from './support.js';

const havenstad = scenarioNamed('station-havenstad.json');

const rollKey = (e: EngineEvent) => `${e.data.purpose as string}|${e.data.id as string}|${e.data.occurrence as number}`;
const rolls = (s: ExerciseState) => new Map(s.events.filter((e) => e.kind === 'roll').map((e) => [rollKey(e), e.data.roll as number]));

describe('keyed randomness', () => {
  it('a fork that changes one decision does not change unrelated rolls', () => {
    const { state: parent } = playExercise(havenstad, 'fork-luck', 'doctrine');
    const step = parent.log.findIndex((e) => e.command.type === 'decide' && e.command.decision === 'stay-indoors');
    expect(step).toBeGreaterThan(0);
    let branch = resume(havenstad, fork(havenstad, makeBundle(havenstad, parent), step));
    branch = applyCommand(havenstad, branch, { type: 'decide', decision: 'stay-indoors', option: 'no-advice', actor: role('mayor') }).state;
    for (const entry of parent.log.slice(step + 1)) branch = applyCommand(havenstad, branch, entry.command).state;

    const [a, b] = [rolls(parent), rolls(branch)];
    // The changed decision draws under its own key ...
    expect([...b.keys()].some((k) => k.startsWith('amount|option:stay-indoors/no-advice'))).toBe(true);
    // ... and every draw both branches made under the same key came out the same.
    const shared = [...a.keys()].filter((k) => b.has(k));
    expect(shared.length).toBeGreaterThan(3);
    for (const k of shared) expect(b.get(k), k).toBe(a.get(k));
    // Draws that do not depend on the decision (variants, starting values, rumour spread) were all made in both.
    for (const k of a.keys()) if (/^(variant|initial|rumour)\|/.test(k)) expect(b.has(k), k).toBe(true);
  }, 30_000);

  it.each(SCENARIOS.map((s) => [s.name, s.scenario] as const))('every random outcome in %s is a roll event with its probability and its keyed roll', (_name, scenario) => {
    for (const policy of ['doctrine', 'random'] as const) {
      const { state } = playExercise(scenario, 'audit', policy);
      const events = state.events.filter((e) => e.kind === 'roll');
      // Each draw advanced its key's counter once; each counter step is an event.
      expect(events.length).toBe(Object.values(state.draws).reduce((a, b) => a + b, 0));
      for (const e of events) {
        const { purpose, id, occurrence, roll, probability, success } = e.data as Record<string, unknown>;
        expect(roll).toBe(keyedUniform(state.seed, purpose as string, id as string, occurrence as number));
        expect(probability === null || (typeof probability === 'number' && probability >= 0 && probability <= 1)).toBe(true);
        expect(success).toBe(probability === null ? null : (roll as number) < (probability as number));
        expect(e.visibility).toBeDefined();
      }
    }
  }, 30_000);
});
