// The trainer's extra injects: one of the scenario's optional injects, or a free text.
import { deliverInject } from '../deliver.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { requireTrainer } from './actors.js';
import { learnFromFreeInject } from '../../knowledge/learn.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function fireInject(step: Step, c: Of<'fireInject'>): void {
  requireTrainer(c.actor);
  if (step.s.phase !== 'decide') refuse('not-in-phase', { phase: step.s.phase, event: 'INJECT' });
  const inject = step.idx.injects.get(c.inject);
  if (!inject) refuse('unknown-inject', { inject: c.inject });
  if (inject.id in step.s.delivered) refuse('inject-already-delivered', { inject: inject.id });
  // Delivering a held inject at once ends the hold.
  if (step.s.held?.includes(inject.id)) step.s.held = step.s.held.filter((id) => id !== inject.id);
  deliverInject(step, inject, 'fired');
}

/**
 * Hold a coming inject back, or release it. A held inject is not delivered when its time comes or its
 * condition holds; released, it goes out at once if it is already due. Only what has not gone out yet
 * can be held, and the trainer may still deliver a held inject at once (fireInject).
 */
export function holdInject(step: Step, c: Of<'holdInject'>): void {
  requireTrainer(c.actor);
  if (step.s.phase === 'hotwash' || step.s.phase === 'debrief' || step.s.phase === 'ended') refuse('not-in-phase', { phase: step.s.phase, event: 'INJECT' });
  const inject = step.idx.injects.get(c.inject);
  if (!inject) refuse('unknown-inject', { inject: c.inject });
  if (inject.id in step.s.delivered) refuse('inject-already-delivered', { inject: inject.id });
  const held = step.s.held ?? [];
  if (c.hold === held.includes(inject.id)) refuse(c.hold ? 'inject-already-held' : 'inject-not-held', { inject: inject.id });
  step.s.held = c.hold ? [...held, inject.id] : held.filter((id) => id !== inject.id);
}

export function freeInject(step: Step, c: Of<'freeInject'>): void {
  requireTrainer(c.actor);
  if (step.s.phase !== 'decide') refuse('not-in-phase', { phase: step.s.phase, event: 'INJECT' });
  const text = c.text.trim();
  if (text.length === 0) refuse('empty-text');
  if (text.length > 2000) refuse('text-too-long', { max: 2000 });
  const roles = c.to === 'all' ? step.scenario.roles.map((r) => r.id) : [...c.to];
  const unknown = roles.find((r) => !step.idx.roles.has(r));
  if (unknown !== undefined) refuse('unknown-role', { role: unknown });
  if (roles.length === 0) refuse('no-recipients');
  const id = `free-${step.eventCount}`;
  const e = step.emit('injectDelivered', c.projector ? 'public' : { roles }, { inject: id, free: true, text, to: roles, how: 'fired', channel: 'other' });
  learnFromFreeInject(step, id, e);
}
