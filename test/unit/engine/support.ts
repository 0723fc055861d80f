// What the engine specifications share: every scenario that loads (the bundled ones and the valid
// fixtures, so a new bundled scenario is covered automatically), sessions under the bots' settings,
// and random legal command sequences drawn from availableCommands.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { botSettings } from '../../../src/engine/bots/index.js';
import { applyCommand, availableCommands, createSession, loadScenario, scenarioHash } from '../../../src/engine/index.js';
import type { Actor, Command, ExerciseState, Scenario, SessionSettings } from '../../../src/engine/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface NamedScenario {
  readonly name: string;
  readonly scenario: Scenario;
  readonly bundled: boolean;
}

function loadDir(dir: string, bundled: boolean): NamedScenario[] {
  return readdirSync(`${ROOT}${dir}`)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .flatMap((f) => {
      const r = loadScenario(readFileSync(`${ROOT}${dir}/${f}`, 'utf8'), f);
      return r.ok ? [{ name: `${dir}/${f}`, scenario: r.scenario, bundled }] : [];
    });
}

/** Bundled scenarios that load (one being written may not yet) and the valid fixtures. */
export const BUNDLED = loadDir('scenarios', true);
export const SCENARIOS: readonly NamedScenario[] = [...BUNDLED, ...loadDir('test/fixtures/scenarios/valid', false)];

export function scenarioNamed(file: string): Scenario {
  const found = SCENARIOS.find((s) => s.name.endsWith(`/${file}`));
  if (!found) throw new Error(`fixture ${file} did not load`);
  return found.scenario;
}

export const TRAINER: Actor = { kind: 'trainer' };
export const role = (id: string): Actor => ({ kind: 'role', role: id });

export function newSession(scenario: Scenario, seed = 'seed-1', settings = botSettings(scenario)): ExerciseState {
  return createSession(scenario, seed, settings, scenarioHash(scenario));
}

/** Apply a command that must be accepted; the test fails with the refusal otherwise. */
export function must(scenario: Scenario, state: ExerciseState, command: Command): ExerciseState {
  const r = applyCommand(scenario, state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.refusal.code} ${JSON.stringify(r.refusal.params)}`);
  return r.state;
}

/** The refusal code of a command, or null when it is accepted. */
export function refusalCode(scenario: Scenario, state: ExerciseState, command: Command): string | null {
  const r = applyCommand(scenario, state, command);
  return r.ok ? null : r.refusal.code;
}

/** The discussion fixture (discussion-tabletop.json) played at two tables, feedback at the debrief. */
export const DISCUSSION_SETTINGS: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 'gemeente', name: 'Gemeente', roles: ['mayor'] },
    { id: 'politie', name: 'Politie', roles: ['police'] },
  ],
  simcell: [],
  feedback: 'debrief',
};

/** A discussion session with its first module (m1) opened by the trainer. */
export function moduleOpened(scenario: Scenario, settings: SessionSettings = DISCUSSION_SETTINGS): ExerciseState {
  let s = newSession(scenario, 'seed-1', settings);
  s = must(scenario, s, { type: 'start', actor: TRAINER });
  return must(scenario, s, { type: 'startModule', module: 'm1', actor: TRAINER });
}

/** A session past the briefing, in round 1's decide phase. */
export function inRounds(scenario: Scenario, seed = 'seed-1', settings = botSettings(scenario)): ExerciseState {
  let s = newSession(scenario, seed, settings);
  s = must(scenario, s, { type: 'start', actor: TRAINER });
  return must(scenario, s, { type: 'beginRounds', actor: TRAINER });
}

/** Commands that are often refused, mixed into random play so refusals and attempts are exercised too. */
function unlikely(scenario: Scenario, pick: number): Command {
  const first = scenario.roles[0]?.id ?? 'nobody';
  const options: Command[] = [
    { type: 'undo', actor: TRAINER },
    { type: 'publish', blocks: [], actor: role(first) },
    { type: 'decide', decision: 'no-such-decision', option: 'x', actor: role(first) },
    { type: 'advance', actor: role(first) },
    { type: 'observe', text: 'a note', actor: { kind: 'evaluator', name: 'eva' } },
    { type: 'override', target: { criterion: 'C01' }, rating: 'met', reason: 'seen in the room', actor: TRAINER },
  ];
  return options[pick % options.length] as Command;
}

/**
 * A random playthrough prefix: each number picks an actor (the trainer, or a role of the table whose
 * turn it is) and one of the commands availableCommands offers it; now and then a command that may be
 * refused. Returns every command tried, in order, and the state after each.
 */
export function randomPlay(scenario: Scenario, seed: string, picks: readonly number[]): { commands: Command[]; states: ExerciseState[] } {
  let state = newSession(scenario, seed);
  const commands: Command[] = [];
  const states: ExerciseState[] = [state];
  for (const n of picks) {
    let command: Command | undefined;
    if (n % 11 === 10) command = unlikely(scenario, n);
    else {
      const table = state.settings.tables[state.turn.table];
      const roles = state.phase === 'decide' && table ? table.roles : [];
      const actor = n % 4 === 0 || roles.length === 0 ? TRAINER : role(roles[n % roles.length] as string);
      let options = availableCommands(scenario, state, actor);
      if (options.length === 0 && actor.kind !== 'trainer') options = availableCommands(scenario, state, TRAINER);
      // Ending the exercise early would make most runs short: prefer play while there is any.
      const playing = options.filter((c) => c.type !== 'end' && c.type !== 'close');
      const pool = playing.length > 0 ? playing : options;
      command = pool[Math.floor(n / 4) % Math.max(1, pool.length)];
    }
    if (!command) break;
    commands.push(command);
    state = applyCommand(scenario, state, command).state;
    states.push(state);
  }
  return { commands, states };
}
