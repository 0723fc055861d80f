// An exercise is scenario + seed + settings + ordered command log: replaying the log rebuilds any step.
import type { Scenario } from '../scenario/schema.js';
import { applyEntry } from './apply.js';
import { createSession } from './create.js';
import type { ListView } from './append-list.js';
import { nearestSnapshot, type SessionIdentity } from './snapshots.js';
import type { Attempt, ExerciseState, LogEntry, SessionSettings } from './types.js';

export interface SessionRecord {
  readonly scenarioHash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
  readonly log: ListView<LogEntry>;
  readonly attempts?: readonly Attempt[];
}

/**
 * Replay the first `upTo` commands (all by default). Refused attempts are not replayed: they changed
 * nothing; those made before the step reached are carried over for the debrief.
 */
export function replay(scenario: Scenario, record: SessionRecord, upTo = record.log.length): ExerciseState {
  const n = Math.max(0, Math.min(upTo, record.log.length));
  // A log that does not replay was edited or belongs to another scenario: say so, never half-use it.
  const s = replayEntries(scenario, record, record.log, n, 'refuse');
  const attempts = (record.attempts ?? []).filter((a) => a.afterSeq <= n);
  return attempts.length > 0 ? { ...s, attempts } : s;
}

/**
 * The state after the first `n` entries, from the nearest snapshot at or before `n` (session/snapshots.ts;
 * applyEntry keeps one every SNAPSHOT_EVERY commands). A refused entry throws a ReplayError, or with
 * 'carry-on' leaves the state as its refusal left it (undo's rebuild, which only replays what counted).
 */
export function replayEntries(scenario: Scenario, identity: SessionIdentity, entries: ListView<LogEntry>, n: number, refused: 'refuse' | 'carry-on'): ExerciseState {
  const snapshot = nearestSnapshot(scenario, identity, entries, n);
  let s = snapshot?.state ?? createSession(scenario, identity.seed, identity.settings, identity.scenarioHash);
  for (let i = snapshot?.position ?? 0; i < n; i++) {
    const r = applyEntry(scenario, s, entries.at(i) as LogEntry);
    if (!r.ok && refused === 'refuse') throw new ReplayError(i, r.refusal.code);
    s = r.state;
  }
  return s;
}

export class ReplayError extends Error {
  constructor(
    readonly index: number,
    readonly code: string,
  ) {
    super(`command ${index + 1} of the log is refused on replay (${code})`);
  }
}

/** The state after each command, for a replay scrubber; cheap because states share structure. */
export function replaySteps(scenario: Scenario, record: SessionRecord): ExerciseState[] {
  const out: ExerciseState[] = [];
  let s = createSession(scenario, record.seed, record.settings, record.scenarioHash);
  out.push(s);
  for (const entry of record.log) {
    const r = applyEntry(scenario, s, entry);
    if (!r.ok) throw new ReplayError(out.length - 1, r.refusal.code);
    s = r.state;
    out.push(s);
  }
  return out;
}
