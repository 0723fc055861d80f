// Snapshots for replay: the state after every K-th command of a log, so replaying up to command n
// (resuming, the debrief scrubber, "fork from here", undo) starts from the nearest snapshot at or before
// n instead of from the start. Snapshots are derived data, never the source of truth and never saved:
// they are kept in memory beside the log entries they were made from, and dropped with them.
//
// A snapshot is found by the last entry it applied and how many entries it applied (its position). A log
// entry is an object appended to one log once, so every list of entries that holds that object at that
// position holds the same entries before it: a branch (fork) shares the objects of its common prefix, and
// the commands that still count after an undo (effectiveEntries) sit at a lower position than in the full
// log unless nothing before them was undone, in which case both prefixes are the same entries. A log read
// from a file has new objects and simply finds no snapshot. The session's identity (scenario object, seed,
// scenario hash, settings) is checked as well, so a log replayed under another seed never meets a snapshot
// of the first.
import type { Scenario } from '../scenario/schema.js';
import { canonicalJson } from './canonical.js';
import type { ExerciseState, LogEntry, SessionSettings } from './types.js';

/**
 * Commands between snapshots. Replaying this many commands of the largest bundled scenario costs a few
 * milliseconds on a classroom laptop (`npm run bench`, "jump to a step"), well within a frame, while a
 * snapshot costs one shallow state object (its lists share their storage with the log's other states).
 */
export const SNAPSHOT_EVERY = 100;

export interface SessionIdentity {
  readonly scenarioHash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
}

interface Snapshot {
  /** How many log entries were applied to reach the state. */
  readonly position: number;
  readonly state: ExerciseState;
}

const byScenario = new WeakMap<Scenario, WeakMap<LogEntry, Snapshot[]>>();
const settingsText = new WeakMap<SessionSettings, string>();

function textOf(settings: SessionSettings): string {
  let text = settingsText.get(settings);
  if (text === undefined) settingsText.set(settings, (text = canonicalJson(settings)));
  return text;
}

function sameSession(state: ExerciseState, identity: SessionIdentity): boolean {
  return state.seed === identity.seed && state.scenarioHash === identity.scenarioHash && (state.settings === identity.settings || textOf(state.settings) === textOf(identity.settings));
}

/**
 * Whether to keep the state an entry led to: every SNAPSHOT_EVERY entries of a log applied from its start,
 * in order. An entry applied at another position than the one it was logged at (the commands that still
 * count after an undo, replayed by undo's rebuild) makes no snapshot: its prefix is not its log's.
 */
export function isSnapshotPosition(entry: LogEntry, state: ExerciseState): boolean {
  const position = state.log.length;
  return position > 0 && position % SNAPSHOT_EVERY === 0 && entry.seq === position - 1;
}

/**
 * Keep `state`, the state after `last` and every entry before it in its log. Refused attempts are not
 * part of a snapshot (replay adds those of the steps it reaches), so the kept state has none.
 */
export function keepSnapshot(scenario: Scenario, last: LogEntry, state: ExerciseState): void {
  let byEntry = byScenario.get(scenario);
  if (!byEntry) byScenario.set(scenario, (byEntry = new WeakMap()));
  const position = state.log.length;
  const list = byEntry.get(last) ?? [];
  if (list.some((s) => s.position === position && sameSession(s.state, state))) return;
  list.push({ position, state: state.attempts.length === 0 ? state : { ...state, attempts: [] } });
  byEntry.set(last, list);
}

/**
 * The snapshot nearest to `upTo` (at or before it) for these entries, as [position, state]; undefined
 * when there is none and replay must start from the beginning.
 */
export function nearestSnapshot(scenario: Scenario, identity: SessionIdentity, entries: { at(index: number): LogEntry | undefined }, upTo: number): Snapshot | undefined {
  const byEntry = byScenario.get(scenario);
  if (!byEntry) return undefined;
  for (let position = upTo - (upTo % SNAPSHOT_EVERY); position > 0; position -= SNAPSHOT_EVERY) {
    const last = entries.at(position - 1);
    const found = last && byEntry.get(last)?.find((s) => s.position === position && sameSession(s.state, identity));
    if (found) return found;
  }
  return undefined;
}

/** Forget every snapshot of a scenario (for measuring replay from the start, and for tests that compare both). */
export function dropSnapshots(scenario: Scenario): void {
  byScenario.delete(scenario);
}
