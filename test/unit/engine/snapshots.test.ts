// Snapshots every SNAPSHOT_EVERY commands (session/snapshots.ts) are derived data: replay, the scrubber,
// fork and undo may start from one, and must then give the very state a replay from the start gives,
// byte for byte. Long random-bot plays of every bundled scenario (its clock stretched so a play passes
// several snapshots), replayed to every snapshot, next to them and between them.
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, canonicalJson, replay, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { effectiveEntries } from '../../../src/engine/session/rebuild.js';
import { dropSnapshots, nearestSnapshot, SNAPSHOT_EVERY } from '../../../src/engine/session/snapshots.js';
import { BUNDLED, TRAINER } from './support.js';

/**
 * The scenario with its clock stretched until a random-bot play has at least `commands` commands. A
 * discussion-based scenario moves by module, not by the clock, and stays short: undefined. A mixed one (modules
 * beside the clock) plays by the clock unless the trainer runs it by module, so it must make a long play too.
 */
function longPlay(scenario: Scenario, seed: string, commands: number): { scenario: Scenario; end: ExerciseState } | undefined {
  for (let stretch = 1; stretch <= 64; stretch *= 2) {
    const long = { ...scenario, clock: { ...scenario.clock, endsAt: scenario.clock.endsAt * stretch } };
    const end = playExercise(long, seed, 'random').state;
    if (end.log.length >= commands) return { scenario: long, end };
  }
  expect(scenario.exerciseKind).toBe('discussion');
  return undefined;
}

// Every bundled scenario that plays by the clock (operations-based or mixed) passes several snapshots in a long play.
const LONG = BUNDLED.filter((b) => b.scenario.exerciseKind !== 'discussion');

it('most bundled scenarios play by the clock, so the snapshots below are tested on them', () => {
  expect(LONG.length).toBeGreaterThanOrEqual(4);
});

const recordOf = (s: ExerciseState) => ({ scenarioHash: s.scenarioHash, seed: s.seed, settings: s.settings, log: s.log, attempts: s.attempts });

/** Replay from the very start: no snapshot of an earlier replay or of the play itself may help. */
function fromStart(scenario: Scenario, s: ExerciseState, upTo?: number): string {
  dropSnapshots(scenario);
  return canonicalJson(replay(scenario, recordOf(s), upTo));
}

describe.each(BUNDLED.map((b) => [b.name, b.scenario] as const))('%s', (_name, bundled) => {
  // One long play per scenario for the three tests (the play itself keeps the snapshots).
  let memo: ReturnType<typeof longPlay> | null = null;
  const long = () => (memo ??= longPlay(bundled, 'snap', 2 * SNAPSHOT_EVERY + 10));

  it('replay from the nearest snapshot equals replay from the start, at every snapshot, beside it and between', () => {
    const played = long();
    if (!played) return;
    const { scenario, end } = played;
    const n = end.log.length;
    // The play itself kept a snapshot every SNAPSHOT_EVERY commands.
    expect(nearestSnapshot(scenario, end, end.log, n)?.position).toBe(n - (n % SNAPSHOT_EVERY));
    const wanted = new Set<number>([0, 1, n]);
    for (let k = SNAPSHOT_EVERY; k <= n; k += SNAPSHOT_EVERY) [k - 1, k, k + 1].forEach((p) => p <= n && wanted.add(p));
    const positions = [...wanted].sort((a, b) => a - b);
    const withSnapshots = positions.map((p) => canonicalJson(replay(scenario, recordOf(end), p)));
    expect(withSnapshots.at(-1)).toBe(canonicalJson(end));
    expect(positions.map((p) => fromStart(scenario, end, p))).toEqual(withSnapshots);
  });

  it('a snapshot serves only its own session: another seed or settings starts from the beginning', () => {
    const played = long();
    if (!played) return;
    const { scenario, end } = played;
    expect(nearestSnapshot(scenario, end, end.log, end.log.length)).toBeDefined();
    expect(nearestSnapshot(scenario, { ...end, seed: `${end.seed}x` }, end.log, end.log.length)).toBeUndefined();
    expect(nearestSnapshot(scenario, { ...end, settings: { ...end.settings, feedback: end.settings.feedback === 'debrief' ? 'perRound' : 'debrief' } }, end.log, end.log.length)).toBeUndefined();
    // A copy of the scenario (as a reloaded file would be) has none either.
    expect(nearestSnapshot({ ...scenario }, end, end.log, end.log.length)).toBeUndefined();
  });

  it('undo late in a long exercise (replaying what still counts from a snapshot) equals its replay from the start', () => {
    const played = long();
    if (!played) return;
    const { scenario, end } = played;
    // The latest step, past the first snapshot, at which the trainer may undo the last command.
    for (let p = end.log.length - 1; p > SNAPSHOT_EVERY; p--) {
      const before = replay(scenario, recordOf(end), p);
      const undone = applyCommand(scenario, before, { type: 'undo', actor: TRAINER } as never);
      if (!undone.ok) continue;
      const effective = effectiveEntries(undone.state.log);
      expect(nearestSnapshot(scenario, undone.state, effective, effective.length)?.position).toBeGreaterThan(0);
      expect(fromStart(scenario, undone.state)).toBe(canonicalJson(undone.state));
      return;
    }
    throw new Error('no step past the first snapshot could be undone');
  });
});
