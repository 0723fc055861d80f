// Command sequences to measure: the logs of whole seeded bot playthroughs, so the engine is timed on
// the mix of commands a real exercise sends (trainer, decisions, messages, structure actions, turns).
import { playExercise, type BotPolicy } from '../../src/engine/bots/index.js';
import { createSession, replay, scenarioHash, type Scenario } from '../../src/engine/index.js';
import type { Command, ExerciseState, LogEntry, SessionSettings } from '../../src/engine/session/types.js';

export interface Sequence {
  readonly name: string;
  readonly scenario: Scenario;
  readonly hash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
  readonly log: readonly LogEntry[];
  readonly commands: readonly Command[];
  /** The scenario's text, when it was made from one here (the long log): for replaying it in another process. */
  readonly text?: string;
}

export function botSequence(name: string, scenario: Scenario, policy: BotPolicy, seed: string, hash = scenarioHash(scenario)): Sequence {
  const played = playExercise(scenario, seed, policy, { hash });
  return sequenceOf(name, scenario, hash, seed, played.state.settings, played.log.toArray());
}

export function sequenceOf(name: string, scenario: Scenario, hash: string, seed: string, settings: SessionSettings, log: readonly LogEntry[]): Sequence {
  return { name, scenario, hash, seed, settings, log, commands: log.map((e) => e.command) };
}

/** The first `n` commands of a sequence: a prefix of a log is itself a log that replays. */
export function prefix(seq: Sequence, n: number): Sequence {
  return { ...sequenceOf(seq.name, seq.scenario, seq.hash, seq.seed, seq.settings, seq.log.slice(0, n)), text: seq.text };
}

export function startOf(seq: Sequence): ExerciseState {
  return createSession(seq.scenario, seq.seed, seq.settings, seq.hash);
}

export function finalState(seq: Sequence): ExerciseState {
  return replay(seq.scenario, { scenarioHash: seq.hash, seed: seq.seed, settings: seq.settings, log: seq.log });
}

/**
 * A log of at least `length` commands from random-bot play (the busiest bot: most commands per round) on
 * the scenario with its clock stretched until one playthrough is long enough. Every command is one the
 * engine accepted, so the log replays.
 */
export function longLog(name: string, doc: Record<string, unknown>, load: (text: string) => Scenario, length: number, seed: string): Sequence {
  const clock = doc.clock as { minutesPerRound: number; endsAt: number };
  let stretch = 1;
  for (;;) {
    const endsAt = Math.min(100_000, clock.endsAt * stretch);
    const text = JSON.stringify({ ...doc, clock: { ...clock, endsAt } });
    const scenario = load(text);
    const seq = botSequence(name, scenario, 'random', seed);
    if (seq.log.length >= length) return prefix({ ...seq, text }, length);
    if (endsAt === 100_000) throw new Error(`${name}: no playthrough reaches ${length} commands`);
    // Rounds add commands at a steady rate: stretch straight to about what is needed, with a margin.
    stretch = Math.max(stretch + 1, Math.ceil(stretch * (length / Math.max(1, seq.log.length)) * 1.15));
  }
}
