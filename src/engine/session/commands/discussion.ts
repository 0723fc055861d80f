// Discussion-based exercises (CTEP/HSEEP tabletop): the facilitator moves the room from module to module and
// puts questions on the projector; each table's scribe types the table's answer; after play the room holds a
// hotwash and every participant may fill in the feedback form.
import { FEEDBACK_COMMENTS, FEEDBACK_ITEMS, FEEDBACK_SCALE, MAX_ANSWER_CHARS, objectiveItem } from '../../discussion/feedback-form.js';
import { feedbackOpen, questionIsFor } from '../../discussion/modules.js';
import { OBJECTIVES } from '../../scenario/vocabulary.js';
import type { QuestionT } from '../../scenario/schema.js';
import { deliverInject } from '../deliver.js';
import { beginRound, jumpToModuleStart, moveFlow } from '../rounds.js';
import { refuse, type Step } from '../step.js';
import type { Actor, Command, Table } from '../types.js';
import { requireTrainer, tableOf } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

function moduleIndex(step: Step, id: string | null): number {
  return id === null ? -1 : step.scenario.modules.findIndex((m) => m.id === id);
}

export function startModule(step: Step, c: Of<'startModule'>): void {
  requireTrainer(c.actor);
  const index = moduleIndex(step, c.module);
  const module = step.scenario.modules[index];
  if (!module) refuse('unknown-module', { module: c.module });
  // The room only moves forward in time; the script's "previous" shows an earlier module without rewinding.
  if (index <= moduleIndex(step, step.s.room.module)) refuse('module-already-started', { module: module.id });
  const announce = (): void => {
    step.s.room = { module: module.id, question: null };
    step.emit('moduleStarted', 'public', { module: module.id, index, from, minute: step.s.minute });
  };
  const from = step.s.minute;
  if (step.s.phase === 'briefing') {
    moveFlow(step, 'BEGIN');
    step.s.round = 1;
    step.s.minute = Math.min(Math.max(step.s.minute, module.startsAt), step.scenario.clock.endsAt);
    announce();
    beginRound(step);
  } else if (step.s.phase === 'decide' && module.startsAt > step.s.minute) {
    jumpToModuleStart(step, module.startsAt, announce);
  } else if (step.s.phase === 'decide') {
    // In a run by rounds the clock may already have reached the module: it opens without a jump.
    announce();
  } else {
    refuse('not-in-phase', { phase: step.s.phase, event: 'MODULE' });
  }
  for (const id of module.injects) {
    const inject = step.idx.injects.get(id);
    if (inject && !(inject.id in step.s.delivered)) deliverInject(step, inject, 'fired');
  }
}

function questionOf(step: Step, id: string): { question: QuestionT; module: number } {
  const modules = step.scenario.modules;
  for (let m = 0; m < modules.length; m++) {
    const question = modules[m]?.questions.find((q) => q.id === id);
    if (question) return { question, module: m };
  }
  refuse('unknown-question', { question: id });
}

function requireStarted(step: Step, module: number, question: string): void {
  if (module > moduleIndex(step, step.s.room.module)) refuse('question-not-yet', { question });
}

export function showQuestion(step: Step, c: Of<'showQuestion'>): void {
  requireTrainer(c.actor);
  if (step.s.phase !== 'decide' && step.s.phase !== 'paused') refuse('not-in-phase', { phase: step.s.phase, event: 'QUESTION' });
  if (c.question !== null) requireStarted(step, questionOf(step, c.question).module, c.question);
  step.s.room = { module: step.s.room.module, question: c.question };
  step.emit('questionShown', 'public', { question: c.question });
}

/** The table an actor speaks for: a participant's own table; the trainer names the table. */
function speakingTable(step: Step, actor: Actor, named: string | undefined): Table {
  const { tables } = step.s.settings;
  if (actor.kind === 'trainer') {
    const table = tables.find((t) => t.id === named);
    if (!table) refuse('unknown-table', { table: String(named ?? '') });
    return table;
  }
  if (actor.kind !== 'role') refuse(actor.kind === 'evaluator' ? 'evaluator-observe-only' : 'simcell-has-no-turn');
  const table = tables[tableOf(tables, actor.role)];
  if (!table) refuse('role-not-played', { role: actor.role });
  if (named !== undefined && named !== table.id) refuse('not-your-table', { table: named });
  return table;
}

function cleanText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) refuse('empty-text');
  if (trimmed.length > max) refuse('text-too-long', { max });
  return trimmed;
}

export function answer(step: Step, c: Of<'answer'>): void {
  const table = speakingTable(step, c.actor, c.table);
  if (step.s.phase !== 'decide' && step.s.phase !== 'paused' && step.s.phase !== 'hotwash') {
    refuse('not-in-phase', { phase: step.s.phase, event: 'ANSWER' });
  }
  const { question, module } = questionOf(step, c.question);
  requireStarted(step, module, question.id);
  if (!questionIsFor(question, table)) refuse('question-not-for-table', { question: question.id, table: table.name });
  const text = cleanText(c.text, MAX_ANSWER_CHARS);
  // An answer is for the room's discussion and the report: every table's screen shows its own, the trainer all.
  step.emit('answerGiven', { roles: [...table.roles] }, { question: question.id, table: table.id, text, by: c.actor.kind });
}

export function hotwash(step: Step, c: Of<'hotwash'>): void {
  if (step.s.phase !== 'hotwash' && step.s.phase !== 'debrief') refuse('not-in-phase', { phase: step.s.phase, event: 'HOTWASH' });
  if (c.kind !== 'strength' && c.kind !== 'improvement') refuse('hotwash-kind-invalid', { kind: String(c.kind) });
  const table = c.actor.kind === 'trainer' && c.table === undefined ? null : speakingTable(step, c.actor, c.table);
  const text = cleanText(c.text, MAX_ANSWER_CHARS);
  step.emit('hotwashNote', 'public', { kind: c.kind, text, table: table?.id ?? null });
}

/**
 * Anonymous by default: the form asks no name and the event records no seat, so the debrief, the AAR and the
 * CSV cannot tell who wrote what. (The session file's command log keeps which seat sent it, as for every command.)
 */
export function feedback(step: Step, c: Of<'feedback'>): void {
  if (!feedbackOpen(step.scenario, step.s)) refuse('not-in-phase', { phase: step.s.phase, event: 'FEEDBACK' });
  if (c.actor.kind === 'evaluator' || c.actor.kind === 'simcell') refuse('feedback-participants-only');
  // A form from the printed link reaches the session through the host, which enters it in the trainer's name.
  if (c.via !== undefined && (c.via !== 'link' || c.actor.kind !== 'trainer')) refuse('trainer-only');
  if (c.actor.kind === 'role' && !step.idx.roles.has(c.actor.role)) refuse('unknown-role', { role: c.actor.role });
  const items: readonly string[] = [...FEEDBACK_ITEMS, ...OBJECTIVES.map(objectiveItem)];
  const ratings: Record<string, number> = {};
  for (const [item, value] of Object.entries(c.ratings ?? {})) {
    if (!items.includes(item)) refuse('feedback-item-unknown', { item });
    if (!Number.isInteger(value) || value < FEEDBACK_SCALE.min || value > FEEDBACK_SCALE.max) refuse('feedback-rating-invalid', { item, value: String(value) });
    ratings[item] = value;
  }
  const comments: Record<string, string> = {};
  for (const [key, value] of Object.entries(c.comments ?? {})) {
    if (!(FEEDBACK_COMMENTS as readonly string[]).includes(key)) refuse('feedback-item-unknown', { item: key });
    if (typeof value !== 'string') refuse('feedback-item-unknown', { item: key });
    const text = value.trim();
    if (text.length > MAX_ANSWER_CHARS) refuse('text-too-long', { max: MAX_ANSWER_CHARS });
    if (text.length > 0) comments[key] = text;
  }
  if (Object.keys(ratings).length === 0 && Object.keys(comments).length === 0) refuse('feedback-empty');
  // During play (feedback per module) the form is about the open module; after play about the whole exercise.
  const during = step.s.phase === 'decide' || step.s.phase === 'paused';
  step.emit('feedbackGiven', 'trainer', { ratings, comments, ...(during && step.s.room.module !== null ? { module: step.s.room.module } : {}), ...(c.via ? { via: c.via } : {}) });
}
