// playExercise: a whole exercise played by bots, from the trainer's start to the hotwash. The trainer
// starts and begins the rounds; each round every table acts in turn and ends its turn, which resolves
// the round. Everything goes through applyCommand, so the result is an ordinary, replayable log.
import { movesByModule, nextModule } from '../discussion/modules.js';
import type { Role, Scenario, TextT } from '../scenario/schema.js';
import { scenarioHash } from '../scenario/hash.js';
import { applyCommand } from '../session/apply.js';
import { createSession } from '../session/create.js';
import { botRandom } from '../session/random.js';
import type { Actor, CommandBody, ExerciseState, SessionSettings } from '../session/types.js';
import { playCardsOnly, playEagerly, playIdle, playLate, playNaming, playSilently } from './adversaries.js';
import { playByDoctrine } from './doctrine-bot.js';
import type { BotPolicy, Policy, RoleTurn } from './policy.js';
import { playPoorly } from './poor-bot.js';
import { playRandomly } from './random-bot.js';

const POLICIES: Readonly<Record<BotPolicy, Policy>> = {
  random: playRandomly,
  doctrine: playByDoctrine,
  poor: playPoorly,
  eager: playEagerly,
  silent: playSilently,
  cards: playCardsOnly,
  naming: playNaming,
  late: playLate,
  idle: playIdle,
};

export interface PlayOptions {
  /** Defaults to hot-seat, one table per role in scenario order, no SimCell. */
  readonly settings?: SessionSettings;
  /** The scenario's hash, when the caller has it already (it is computed once per scenario object otherwise). */
  readonly hash?: string;
}

export interface Playthrough {
  readonly state: ExerciseState;
  readonly log: ExerciseState['log'];
}

const nameOf = (text: TextT): string => (typeof text === 'string' ? text : text.en);

/** Hot-seat, one table per role in scenario order, nobody in the SimCell, feedback at the debrief. */
export function botSettings(scenario: Scenario): SessionSettings {
  return {
    mode: 'hotseat',
    tables: scenario.roles.map((r) => ({ id: r.id, name: nameOf(r.name), roles: [r.id] })),
    simcell: [],
    feedback: 'debrief',
  };
}

const hashes = new WeakMap<Scenario, string>();

function hashOf(scenario: Scenario): string {
  let h = hashes.get(scenario);
  if (h === undefined) hashes.set(scenario, (h = scenarioHash(scenario)));
  return h;
}

class Table {
  constructor(
    private readonly scenario: Scenario,
    public state: ExerciseState,
  ) {}

  /** Apply for an actor; a refusal leaves the state as it was (the bot's misses are not the exercise's attempts). */
  apply(actor: Actor, body: CommandBody): boolean {
    const r = applyCommand(this.scenario, this.state, { ...body, actor } as Parameters<typeof applyCommand>[2]);
    if (r.ok) this.state = r.state;
    return r.ok;
  }

  turn(role: Role, actor: Actor, rng: () => number): RoleTurn {
    return {
      scenario: this.scenario,
      role,
      actor,
      rng,
      state: () => this.state,
      act: (body) => this.apply(actor, body),
    };
  }
}

export function playExercise(scenario: Scenario, seed: string, policy: BotPolicy, opts: PlayOptions = {}): Playthrough {
  const settings = opts.settings ?? botSettings(scenario);
  const table = new Table(scenario, createSession(scenario, seed, settings, opts.hash ?? hashOf(scenario)));
  const player = POLICIES[policy](scenario);
  const rng = botRandom(seed, policy);
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const trainer: Actor = { kind: 'trainer' };
  table.apply(trainer, { type: 'start' });
  // A discussion-based exercise opens with its first module; a mixed one opens each module when its time comes.
  const openModuleDue = (): void => {
    const next = nextModule(scenario, table.state);
    if (next && (movesByModule(scenario, settings) || next.startsAt <= table.state.minute)) table.apply(trainer, { type: 'startModule', module: next.id });
  };
  if (movesByModule(scenario, settings)) openModuleDue();
  else table.apply(trainer, { type: 'beginRounds' });

  const play = (roleId: string, kind: 'role' | 'simcell') => {
    const role = roles.get(roleId);
    if (role) player(table.turn(role, { kind, role: roleId }, rng));
  };
  // Each round moves the clock on, so the number of rounds bounds the loop; the margin covers a scenario
  // whose round ends early because a table's turn could not be ended.
  const maxRounds = Math.ceil(scenario.clock.endsAt / scenario.clock.minutesPerRound) + scenario.modules.length + 2;
  for (let guard = 0; guard <= maxRounds && table.state.phase === 'decide'; guard++) {
    // In a run by rounds the trainer opens each module whose time has come, at the start of the round that
    // reaches it (a round often closes by itself when every table ends its turn, so not only after "advance").
    if (!movesByModule(scenario, settings)) openModuleDue();
    const round = table.state.round;
    for (const id of settings.simcell) play(id, 'simcell');
    for (const t of settings.tables) {
      if (table.state.phase !== 'decide' || table.state.round !== round) break;
      for (const id of t.roles) play(id, 'role');
      const first = t.roles[0];
      if (first !== undefined) table.apply({ kind: 'role', role: first }, { type: 'endTurn' });
    }
    if (table.state.phase !== 'decide' || table.state.round !== round) continue;
    if (!movesByModule(scenario, settings)) table.apply(trainer, { type: 'advance' });
    else if (nextModule(scenario, table.state)) openModuleDue();
    else table.apply(trainer, { type: 'end' });
  }
  return { state: table.state, log: table.state.log };
}
