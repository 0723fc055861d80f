// Real exercises for the debrief and export tests: bundled scenarios played by the engine's bots or by
// a short script through applyCommand, so every rating, event and attempt on screen is the engine's own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/zod-setup.js';
import { botSettings, playExercise } from '../../src/engine/bots/index.js';
import { applyCommand, createSession, loadScenario, scenarioHash } from '../../src/engine/index.js';
import type { Actor, Command, ExerciseState, Scenario, SessionSettings } from '../../src/engine/index.js';

export const TRAINER: Actor = { kind: 'trainer' };
export const role = (id: string): Actor => ({ kind: 'role', role: id });

const cache = new Map<string, Scenario>();

export function bundledScenario(name: string): Scenario {
  let s = cache.get(name);
  if (!s) {
    const loaded = loadScenario(readFileSync(resolve(process.cwd(), 'scenarios', `${name}.json`), 'utf8'), `${name}.json`);
    if (!loaded.ok) throw new Error(`${name} does not load: ${loaded.errors[0]?.message}`);
    s = loaded.scenario;
    cache.set(name, s);
  }
  return s;
}

/** Bot settings with a name at every table, so exports have participant names to keep or replace. */
export function namedSettings(scenario: Scenario, names: Readonly<Record<string, string>>): SessionSettings {
  const base = botSettings(scenario);
  return { ...base, tables: base.tables.map((t) => (names[t.id] ? { ...t, participants: [names[t.id] as string] } : t)) };
}

export function played(name: string, seed: string, policy: 'doctrine' | 'poor' | 'random', settings?: SessionSettings): { scenario: Scenario; state: ExerciseState } {
  const scenario = bundledScenario(name);
  const { state } = playExercise(scenario, seed, policy, settings ? { settings } : {});
  return { scenario, state };
}

export function must(scenario: Scenario, state: ExerciseState, command: Command): ExerciseState {
  const r = applyCommand(scenario, state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.refusal.code} ${JSON.stringify(r.refusal.params)}`);
  return r.state;
}

/** A command the engine refuses: kept as an attempt in the state, as in a real session. */
export function refused(scenario: Scenario, state: ExerciseState, command: Command): ExerciseState {
  const r = applyCommand(scenario, state, command);
  if (r.ok) throw new Error(`${command.type} was accepted`);
  return r.state;
}

export function started(scenario: Scenario, seed: string, settings: SessionSettings = botSettings(scenario)): ExerciseState {
  let s = createSession(scenario, seed, settings, scenarioHash(scenario));
  s = must(scenario, s, { type: 'start', actor: TRAINER });
  return must(scenario, s, { type: 'beginRounds', actor: TRAINER });
}

/** Advance round by round until a decision is open (or the exercise is over). */
export function untilOpen(scenario: Scenario, state: ExerciseState, decision: string): ExerciseState {
  let s = state;
  for (let i = 0; i < 50 && !s.decisions[decision] && s.phase !== 'hotwash'; i++) s = must(scenario, s, { type: 'advance', actor: TRAINER });
  if (!s.decisions[decision]) throw new Error(`${decision} never opened`);
  return s;
}
