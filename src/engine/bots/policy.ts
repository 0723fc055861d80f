// What a bot is: a policy that plays one role's part of a turn through the same commands a person
// would send. Bots only ever act through applyCommand, so a bot can do nothing a player could not.
import type { Role, Scenario } from '../scenario/schema.js';
import type { Actor, CommandBody, ExerciseState } from '../session/types.js';

/**
 * doctrine: good play; poor: realistic wrong play; random: a fuzzer; and the adversaries of the validity
 * rules (bots/adversaries.ts): eager, silent, cards, naming, late, and idle (nobody acts).
 */
export const BOT_POLICIES = ['random', 'doctrine', 'poor', 'eager', 'silent', 'cards', 'naming', 'late', 'idle'] as const;

export type BotPolicy = (typeof BOT_POLICIES)[number];

/** One role's moment to act: the state so far and a way to send commands for the role. */
export interface RoleTurn {
  readonly scenario: Scenario;
  readonly role: Role;
  readonly actor: Actor;
  /** The bot's own generator (session/random.ts botRandom): never the exercise's keyed draws. */
  readonly rng: () => number;
  state(): ExerciseState;
  /** Send a command for this role. A refused command changes nothing and the bot moves on. */
  act(body: CommandBody): boolean;
}

export type RolePlayer = (turn: RoleTurn) => void;

/** A policy makes one player per playthrough, so it may remember what it learnt during that playthrough. */
export type Policy = (scenario: Scenario) => RolePlayer;
