// Evidence for the debrief that people add: observations pinned to events, and rating overrides.
import { CRITERIA, OBJECTIVES } from '../../scenario/vocabulary.js';
import { refuse, type Step } from '../step.js';
import type { Command, ObservationTag } from '../types.js';
import { requireTrainer } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function observe(step: Step, c: Of<'observe'>): void {
  if (c.actor.kind !== 'trainer' && c.actor.kind !== 'evaluator') refuse('trainer-only');
  const text = c.text.trim();
  if (text.length === 0) refuse('empty-text');
  if (text.length > 4000) refuse('text-too-long', { max: 4000 });
  if (c.event !== undefined && !(Number.isInteger(c.event) && c.event >= 0 && c.event < step.eventCount)) {
    refuse('unknown-event', { event: String(c.event) });
  }
  if (c.rating !== undefined && !['P', 'S', 'M', 'U'].includes(c.rating)) refuse('observation-rating-invalid');
  const tag = c.tag === undefined ? null : checkTag(step, c.tag);
  step.emit('observation', 'trainer', {
    text,
    event: c.event ?? null,
    by: c.actor.kind === 'evaluator' ? (c.actor.name ?? 'evaluator') : 'trainer',
    ...(c.rating !== undefined ? { rating: c.rating } : {}),
    ...(tag !== null ? { tag } : {}),
  });
}

/** An observation tagged to the Exercise Evaluation Guide must name a critical task, criterion or question the scenario has. */
function checkTag(step: Step, tag: ObservationTag): ObservationTag {
  const modules = step.scenario.modules;
  if ('criticalTask' in tag && modules.some((m) => m.criticalTasks.some((t) => t.id === tag.criticalTask))) return { criticalTask: tag.criticalTask };
  if ('criterion' in tag && (CRITERIA as readonly string[]).includes(tag.criterion)) return { criterion: tag.criterion };
  if ('question' in tag && modules.some((m) => m.questions.some((q) => q.id === tag.question))) return { question: tag.question };
  refuse('observation-tag-unknown', { tag: JSON.stringify(tag).slice(0, 80) });
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
