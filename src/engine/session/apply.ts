// applyCommand: the one reducer. A command either changes the state and yields the events it caused,
// or is refused with a code the i18n dictionaries translate; a refusal changes nothing but the list
// of attempts, which the debrief shows and replay skips.
import type { Scenario } from '../scenario/schema.js';
import { requireTrainer } from './commands/actors.js';
import { decide } from './commands/decide.js';
import { answer, feedback, hotwash, showQuestion, startModule } from './commands/discussion.js';
import { observe, override } from './commands/evidence.js';
import { fireInject, freeInject } from './commands/injects.js';
import { publish, publishText, rateMessage } from './commands/publish.js';
import { advance, beginRounds, close, end, jump, openDebrief, pause, resume, start } from './commands/run-room.js';
import { boardAction, structure } from './commands/structure.js';
import { endTurn } from './commands/turns.js';
import { deliverDue } from './deliver.js';
import { playEnded, rebuild, undoTarget } from './rebuild.js';
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

/** Apply a command under a given log entry (replay keeps each command's original log position). */
export function applyEntry(scenario: Scenario, state: ExerciseState, entry: LogEntry): ApplyResult {
  const command = entry.command;
  try {
    const handler = HANDLERS[command.type];
    if (handler === undefined) refuse('unknown-command', { type: String(command.type) });
    if (command.type === 'undo') {
      requireTrainer(command.actor);
      if (playEnded(state)) refuse('undo-after-end');
      const target = undoTarget(state);
      if (target === null) refuse('nothing-to-undo');
      const next = rebuild(scenario, state, [...state.log, entry], target);
      return { ok: true, state: next, events: next.events.slice(-1) };
    }
    const step = new Step(scenario, state, entry.seq);
    handler(step, command as never);
    // Conditions may now hold and effects may have scheduled injects for "now": deliver them at once.
    if (step.s.phase === 'decide') deliverDue(step);
    step.s.log = [...state.log, entry];
    return { ok: true, state: step.finish(), events: step.events };
  } catch (e) {
    if (!(e instanceof RefusalSignal)) throw e;
    const attempt = { command, refusal: e.refusal, minute: state.minute, round: state.round, afterSeq: state.log.length };
    return { ok: false, refusal: e.refusal, state: { ...state, attempts: [...state.attempts, attempt] } };
  }
}

