// Trainer commands that run the room: start, begin, pause, resume, advance, jump, end, debrief.
import { deliverDue } from '../deliver.js';
import { advanceClock, beginRound, chooseEnding, moveFlow, roundEndsAt } from '../rounds.js';
import { movesByModule } from '../../discussion/modules.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { requireTrainer } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function start(step: Step, c: Of<'start'>): void {
  requireTrainer(c.actor);
  moveFlow(step, 'START');
  step.emit('briefingStarted', 'public', {});
}

export function beginRounds(step: Step, c: Of<'beginRounds'>): void {
  requireTrainer(c.actor);
  if (movesByModule(step.scenario, step.s.settings)) refuse('discussion-moves-by-module');
  moveFlow(step, 'BEGIN');
  step.s.round = 1;
  beginRound(step);
}

/** Longest pause message: a line or two the back row reads on the projector ("Coffee until 10:45"), not a briefing. */
export const PAUSE_MESSAGE_MAX = 280;

export function pause(step: Step, c: Of<'pause'>): void {
  requireTrainer(c.actor);
  const message = typeof c.message === 'string' ? c.message.trim() : '';
  if (message.length > PAUSE_MESSAGE_MAX) refuse('text-too-long', { max: PAUSE_MESSAGE_MAX });
  moveFlow(step, 'PAUSE');
  // The message rides on the public event, so the room's screens show it and a replay restores it.
  step.emit('paused', 'public', message ? { message } : {});
}

export function resume(step: Step, c: Of<'resume'>): void {
  requireTrainer(c.actor);
  moveFlow(step, 'RESUME');
  step.emit('resumed', 'public', {});
}

export function advance(step: Step, c: Of<'advance'>): void {
  requireTrainer(c.actor);
  // In a discussion-based exercise the facilitator moves the room by module, never by the round clock.
  if (movesByModule(step.scenario, step.s.settings)) refuse('discussion-moves-by-module');
  // To the round's own end: one round's worth, less any minutes a jump within the round already took.
  advanceClock(step, Math.max(1, roundEndsAt(step.scenario, step.s) - step.s.minute));
}

export function jump(step: Step, c: Of<'jump'>): void {
  requireTrainer(c.actor);
  if (movesByModule(step.scenario, step.s.settings)) refuse('discussion-moves-by-module');
  if (!Number.isInteger(c.minutes) || c.minutes <= 0) refuse('jump-invalid', { minutes: String(c.minutes) });
  if (step.s.phase !== 'decide') refuse('not-in-phase', { phase: step.s.phase, event: 'JUMP' });
  const from = step.s.minute;
  const target = Math.min(from + c.minutes, step.scenario.clock.endsAt);
  // A jump shorter than what is left of the round stays in the round: the clock moves, what falls due
  // arrives, and no table loses its turn and no default applies. Only a jump that reaches the round's
  // end resolves it (and every round it passes), as advancing would.
  if (target < roundEndsAt(step.scenario, step.s)) {
    step.emit('clockJumped', 'public', { from, minutes: c.minutes, withinRound: true });
    step.s.minute = target;
    deliverDue(step);
    return;
  }
  step.emit('clockJumped', 'public', { from, minutes: c.minutes });
  advanceClock(step, c.minutes);
}

export function end(step: Step, c: Of<'end'>): void {
  requireTrainer(c.actor);
  moveFlow(step, 'END');
  chooseEnding(step);
}

export function openDebrief(step: Step, c: Of<'openDebrief'>): void {
  requireTrainer(c.actor);
  moveFlow(step, 'DEBRIEF');
  step.emit('debriefOpened', 'public', {});
}

export function close(step: Step, c: Of<'close'>): void {
  requireTrainer(c.actor);
  moveFlow(step, 'CLOSE');
  step.emit('sessionClosed', 'public', {});
}
