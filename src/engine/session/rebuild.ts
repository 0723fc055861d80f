// Undo without an undo stack: the state is a pure function of the log, so undoing the last command
// of the round means replaying the log without it. The log itself stays append-only for the audit.
import type { Scenario } from '../scenario/schema.js';
import { replayEntries } from './replay.js';
import type { AppendList, ListView } from './append-list.js';
import type { ExerciseState, LogEntry } from './types.js';

/** The commands that still count: each undo cancels the last command that still counted. */
export function effectiveEntries(log: ListView<LogEntry>): LogEntry[] {
  const effective: LogEntry[] = [];
  for (const e of log) {
    if (e.command.type === 'undo') effective.pop();
    else effective.push(e);
  }
  return effective;
}

/**
 * The last command that still counts (effectiveEntries(log).at(-1)), read from the end: each undo met on the way
 * back cancels the next command before it. An undo that cancelled nothing (the commands before it were all undone)
 * only cancels commands that are cancelled already, so the answer is the same, and the trainer's console and
 * "may I undo" ask it after every command without walking the whole log.
 */
export function lastEffective(log: ListView<LogEntry>): LogEntry | undefined {
  let pending = 0;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log.at(i) as LogEntry;
    if (e.command.type === 'undo') pending++;
    else if (pending > 0) pending--;
    else return e;
  }
  return undefined;
}

/** Once play has ended (hotwash, debrief, closed) nothing is taken back: a rating override or the end itself stays on record. */
export function playEnded(state: ExerciseState): boolean {
  return state.phase === 'hotwash' || state.phase === 'debrief' || state.phase === 'ended';
}

/** The log position the trainer's undo would cancel: the last command that counts, if it was in this round and play still runs. */
export function undoTarget(state: ExerciseState): number | null {
  if (playEnded(state)) return null;
  const last = lastEffective(state.log);
  return last !== undefined && last.round === state.round && last.minute === state.minute ? last.seq : null;
}

export function rebuild(scenario: Scenario, state: ExerciseState, log: AppendList<LogEntry>, target: number): ExerciseState {
  // The commands that still count, from the nearest snapshot of them (the live session kept one every
  // SNAPSHOT_EVERY commands while nothing before was undone), so undo late in a long exercise stays quick.
  const effective = effectiveEntries(log);
  const s = replayEntries(scenario, state, effective, effective.length, 'carry-on');
  const undone = log.at(target);
  const ev = {
    seq: s.events.length,
    minute: s.minute,
    round: s.round,
    cause: log.length - 1,
    visibility: 'trainer' as const,
    kind: 'undone',
    data: { command: undone?.command.type ?? null, seq: target },
  };
  return { ...s, log, attempts: state.attempts, events: s.events.append(ev) };
}
