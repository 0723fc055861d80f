// Real exercises for the trainer-console and projector tests: a fixture scenario loaded by the engine's
// own loader, a session created and driven by applyCommand, and the views the screens are given.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/zod-setup.js';
import {
  applyCommand,
  createSession,
  debriefView,
  loadScenario,
  publicView,
  scenarioHash,
  trainerView,
  type ApplyResult,
  type Command,
  type CommandBody,
  type ExerciseState,
  type Scenario,
  type SessionSettings,
} from '../../src/engine/index.js';

const dir = resolve(process.cwd(), 'test/fixtures/scenarios/valid') + '/';

/** A fixture scenario, optionally changed first (as an author would edit the file). */
export function fixtureScenario(name = 'station-havenstad.json', edit?: (json: Record<string, unknown>) => void): Scenario {
  const json = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as Record<string, unknown>;
  edit?.(json);
  const loaded = loadScenario(JSON.stringify(json), name);
  if (!loaded.ok) throw new Error(`${name}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.scenario;
}

/** The mayor and police chief at one table, municipal communication at another; the NCTV is the SimCell. */
export const SETTINGS: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 't1', name: 'Tafel 1', roles: ['mayor', 'police-chief'] },
    { id: 't2', name: 'Tafel 2', roles: ['municipal-comms'] },
  ],
  simcell: ['nctv'],
  feedback: 'perRound',
};

export const TRAINER = { kind: 'trainer' } as const;

export class Exercise {
  state: ExerciseState;

  constructor(
    readonly scenario: Scenario = fixtureScenario(),
    settings: SessionSettings = SETTINGS,
    seed = 'seed-1',
  ) {
    this.state = createSession(scenario, seed, settings, scenarioHash(scenario));
  }

  apply(command: Command): ApplyResult {
    const r = applyCommand(this.scenario, this.state, command);
    this.state = r.state;
    return r;
  }

  /** Trainer commands that must be accepted. */
  run(...bodies: CommandBody[]): this {
    for (const body of bodies) {
      const r = this.apply({ actor: TRAINER, ...body } as Command);
      if (!r.ok) throw new Error(`${body.type} refused: ${r.refusal.code}`);
    }
    return this;
  }

  /** A command by someone else (a role, the SimCell); accepted or not. */
  as(actor: Command['actor'], body: CommandBody): ApplyResult {
    return this.apply({ actor, ...body } as Command);
  }

  trainerView() {
    return trainerView(this.scenario, this.state);
  }

  publicView() {
    return publicView(this.scenario, this.state);
  }

  roomView() {
    return debriefView(this.scenario, this.state, 'room');
  }
}
