// What the trainer has put in front of the room during the debrief: one criterion, one timeline event or
// one moment of the replay. The trainer's debrief says what it opens; the host that holds the session turns
// that into what the room may see and sends it with the room's debrief view to the projector (and tables).
// The focus is presentation, not part of the exercise: it is never logged as a command, so it leaves the
// log, the scores and the exports untouched, and a restarted classroom host starts without one.
//
// The room never holds the state, so the host draws the moment for it: the public picture (board, crisis
// structure, indicators) after the step the focus points at, replayed from the nearest snapshot
// (engine/session/snapshots.ts) — cheap however long the exercise was.
import type { ExerciseState, Scenario } from '../engine/index.js';
import { replay } from '../engine/session/replay.js';
import { commonView, type CommonView } from '../engine/views/common.js';
import type { DebriefView } from '../engine/views/debrief-view.js';

/** What the trainer asks the room to look at. `index` is the criterion's place in the score's list. */
export type DebriefFocus =
  | { readonly kind: 'criterion'; readonly index: number }
  | { readonly kind: 'event'; readonly seq: number }
  | { readonly kind: 'step'; readonly step: number };

/** The public picture at a moment: what the board draws (its BoardInput) and the structure and indicators in words. */
export type MomentPicture = Pick<CommonView, 'version' | 'scenario' | 'board' | 'structure' | 'indicators'>;

export interface RoomMoment {
  /** Commands replayed (the state after this many of the log's commands) and the log's length. */
  readonly step: number;
  readonly total: number;
  readonly minute: number;
  readonly round: number;
  readonly picture: MomentPicture;
}

/** What the room is shown: the target (an event the room cannot see becomes its moment alone) and the moment to draw. */
export interface RoomFocus {
  readonly target: DebriefFocus;
  readonly moment: RoomMoment | null;
}

export type FocusCheck = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

const whole = (n: number) => Number.isInteger(n) && n >= 0;

/** Whether `focus` points at something this session has: a criterion of its score, an event, a step of its log. */
export function checkFocus(focus: DebriefFocus, state: ExerciseState, criteria: number): FocusCheck {
  switch (focus.kind) {
    case 'criterion':
      return whole(focus.index) && focus.index < criteria ? { ok: true } : { ok: false, code: 'focus-unknown-criterion', params: { at: focus.index } };
    case 'event':
      return whole(focus.seq) && focus.seq < state.events.length ? { ok: true } : { ok: false, code: 'focus-unknown-event', params: { at: focus.seq } };
    case 'step':
      return whole(focus.step) && focus.step <= state.log.length ? { ok: true } : { ok: false, code: 'focus-unknown-step', params: { at: focus.step } };
  }
}

/** The step an event's moment is: the state after the command that caused it (session creation: step 0). */
export function stepOfEvent(state: ExerciseState, seq: number): number {
  const cause = state.events.at(seq)?.cause ?? -1;
  return Math.max(0, Math.min(state.log.length, cause + 1));
}

function momentAt(scenario: Scenario, state: ExerciseState, step: number): RoomMoment {
  const total = state.log.length;
  const at = step >= total ? state : replay(scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log }, step);
  const view = commonView(scenario, at, { kind: 'public' });
  return {
    step: Math.min(step, total),
    total,
    minute: at.minute,
    round: at.round,
    picture: { version: view.version, scenario: view.scenario, board: view.board, structure: view.structure, indicators: view.indicators },
  };
}

/**
 * The room's focus for the trainer's: a criterion as it is (the room's view holds it) with the moment of its
 * latest evidence, an event the room
 * saw with its moment, and an event the room never saw only as its moment — its text stays the trainer's.
 */
export function roomFocus(scenario: Scenario, state: ExerciseState, room: DebriefView, focus: DebriefFocus): RoomFocus {
  switch (focus.kind) {
    case 'criterion': {
      // The board as it stood at the criterion's latest evidence the room can see (none: no picture).
      const last = room.score.criteria[focus.index]?.evidence.at(-1);
      return { target: focus, moment: last === undefined ? null : momentAt(scenario, state, stepOfEvent(state, last)) };
    }
    case 'event': {
      const step = stepOfEvent(state, focus.seq);
      const seen = room.timeline.some((e) => e.seq === focus.seq);
      return { target: seen ? focus : { kind: 'step', step }, moment: momentAt(scenario, state, step) };
    }
    case 'step':
      return { target: focus, moment: momentAt(scenario, state, focus.step) };
  }
}
