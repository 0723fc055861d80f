// Evidence for the debrief that people add: observations pinned to events, and rating overrides.
import { CRITERIA, OBJECTIVES } from '../../scenario/vocabulary.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { requireTrainer } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function observe(step: Step, c: Of<'observe'>): void {
  if (c.actor.kind !== 'trainer' && c.actor.kind !== 'evaluator') refuse('trainer-only');
  const text = c.text.trim();
  if (text.length === 0) refuse('empty-text');
  if (text.length > 4000) refuse('text-too-long', { max: 4000 });
  if (c.event !== undefined && !(Number.isInteger(c.event) && c.event >= 0 && c.event < step.s.events.length)) {
    refuse('unknown-event', { event: String(c.event) });
  }
  step.emit('observation', 'trainer', { text, event: c.event ?? null, by: c.actor.kind === 'evaluator' ? (c.actor.name ?? 'evaluator') : 'trainer' });
}

export function override(step: Step, c: Of<'override'>): void {
  requireTrainer(c.actor);
  const reason = c.reason.trim();
  if (reason.length === 0) refuse('override-needs-reason');
  if ('criterion' in c.target) {
    if (!(CRITERIA as readonly string[]).includes(c.target.criterion)) refuse('unknown-criterion', { criterion: c.target.criterion });
    if (!['met', 'partly', 'notMet', 'notApplicable'].includes(c.rating)) refuse('override-rating-invalid', { rating: c.rating });
  } else {
    if (!(OBJECTIVES as readonly string[]).includes(c.target.objective)) refuse('unknown-objective', { objective: c.target.objective });
    if (!['P', 'S', 'M', 'U'].includes(c.rating)) refuse('override-rating-invalid', { rating: c.rating });
  }
  step.emit('override', 'trainer', { target: c.target, rating: c.rating, reason });
}
