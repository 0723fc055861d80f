// applyCommand: the one reducer. A command either changes the state and yields the events it caused,
// or is refused with a code the i18n dictionaries translate; a refusal changes nothing but the list
// of attempts, which the debrief shows and replay skips.
import type { Scenario } from '../scenario/schema.js';
import { requireTrainer } from './commands/actors.js';
import { decide } from './commands/decide.js';
import { directMessage } from './commands/direct-messages.js';
import { feedItem, feedVolume } from './commands/feed.js';
import { answer, feedback, hotwash, showQuestion, startModule } from './commands/discussion.js';
import { observe, override } from './commands/evidence.js';
import { fireInject, freeInject, holdInject } from './commands/injects.js';
import { publish, publishText, rateMessage } from './commands/publish.js';
import { advance, beginRounds, close, end, jump, openDebrief, pause, resume, start } from './commands/run-room.js';
import { boardAction, structure } from './commands/structure.js';
import { endTurn } from './commands/turns.js';
import { deliverDue } from './deliver.js';
import { playEnded, rebuild, undoTarget } from './rebuild.js';
import { isSnapshotPosition, keepSnapshot } from './snapshots.js';
import { RefusalSignal, refuse, Step } from './step.js';
import type { ApplyResult, Command, ExerciseState, LogEntry } from './types.js';

type Handler = (step: Step, c: never) => void;

const HANDLERS: Readonly<Record<Command['type'], Handler>> = {
  start,
  beginRounds,
  pause,
  resume,
  advance,
  jump,
  fireInject,
  holdInject,
  freeInject,
  end,
  openDebrief,
  close,
  observe,
  override,
  decide,
  publish,
  publishText,
  rateMessage,
  structure,
  boardAction,
  directMessage,
  feedItem,
  feedVolume,
  endTurn,
  startModule,
  showQuestion,
  answer,
  hotwash,
  feedback,
  undo: () => undefined, // handled before a step is made: undo rebuilds the state from the log
};

function logEntry(state: ExerciseState, command: Command): LogEntry {
  return { seq: state.log.length, command, minute: state.minute, round: state.round };
}

export function applyCommand(scenario: Scenario, state: ExerciseState, command: Command): ApplyResult {
  return applyEntry(scenario, state, logEntry(state, command));
}

/**
 * Run a command's rules on a draft: the step with its changes (not yet finished), or the number of the
 * command undo would cancel. Throws a RefusalSignal when the command is refused.
 */
function run(scenario: Scenario, state: ExerciseState, entry: LogEntry): Step | { readonly undo: number } {
  const command = entry.command;
  const handler = HANDLERS[command.type];
  if (handler === undefined) refuse('unknown-command', { type: String(command.type) });
  if (command.type === 'undo') {
    requireTrainer(command.actor);
    if (playEnded(state)) refuse('undo-after-end');
    const target = undoTarget(state);
    if (target === null) refuse('nothing-to-undo');
    return { undo: target };
  }
  const step = new Step(scenario, state, entry.seq);
  handler(step, command as never);
  // Conditions may now hold and effects may have scheduled injects for "now": deliver them at once.
  if (step.s.phase === 'decide') deliverDue(step);
  return step;
}

/**
 * Whether applyCommand would accept the command, without making the new state: what "which commands
 * can this actor send now" asks for every candidate. Nothing is appended to the state's lists, so
 * trying many candidates on one state never makes its log or events branch.
 */
export function accepts(scenario: Scenario, state: ExerciseState, command: Command): boolean {
  try {
    run(scenario, state, logEntry(state, command));
    return true;
  } catch (e) {
    if (!(e instanceof RefusalSignal)) throw e;
    return false;
  }
}

/** Apply a command under a given log entry (replay keeps each command's original log position). */
export function applyEntry(scenario: Scenario, state: ExerciseState, entry: LogEntry): ApplyResult {
  const command = entry.command;
  try {
    const done = run(scenario, state, entry);
    if ('undo' in done) {
      const next = rebuild(scenario, state, state.log.append(entry), done.undo);
      if (isSnapshotPosition(entry, next)) keepSnapshot(scenario, entry, next);
      return { ok: true, state: next, events: next.events.slice(-1) };
    }
    done.s.log = state.log.append(entry);
    const next = done.finish();
    // Every SNAPSHOT_EVERY commands the state is kept (derived, in memory) for replays that reach past it.
    if (isSnapshotPosition(entry, next)) keepSnapshot(scenario, entry, next);
    return { ok: true, state: next, events: done.events };
  } catch (e) {
    if (!(e instanceof RefusalSignal)) throw e;
    const attempt = { command, refusal: e.refusal, minute: state.minute, round: state.round, afterSeq: state.log.length };
    return { ok: false, refusal: e.refusal, state: { ...state, attempts: [...state.attempts, attempt] } };
  }
}

