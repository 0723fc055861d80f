// Shared shape of the "did it happen, and in time?" criteria: a start, an optional moment it happened,
// a target. Before the target has passed and while play goes on, the criterion is still pending.
import type { EngineEvent, ExerciseState } from '../../session/types.js';
import { fromMinutes, notApplicable, verdict, type Verdict } from '../evidence.js';

export const exerciseOver = (state: ExerciseState): boolean => ['hotwash', 'debrief', 'ended'].includes(state.phase);

export function timedVerdict(
  state: ExerciseState,
  start: { minute: number; event?: EngineEvent | undefined },
  done: EngineEvent | undefined,
  t: { target: number; partly: number },
  code: string,
): Verdict {
  if (done) {
    const minutes = done.minute - start.minute;
    // Never a negative minute: done before the trigger is anticipation. Whether it was warranted is judged
    // for escalating measures by their warrants (scoring/warrants.ts), which lower this criterion if not.
    if (minutes < 0) return verdict('met', [start.event, done], `${code}.before`, { minutes: -minutes, target: t.target });
    return verdict(fromMinutes(minutes, t.target, t.partly), [start.event, done], `${code}.done`, { minutes, target: t.target });
  }
  const waited = state.minute - start.minute;
  if (!exerciseOver(state) && waited <= t.target) return notApplicable(`${code}.pending`, { minutes: waited, target: t.target });
  return verdict('notMet', [start.event], `${code}.missing`, { minutes: waited, target: t.target });
}
