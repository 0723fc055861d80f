// A communication role publishes a message built from the scenario's building blocks, or written in
// its own words where the scenario and the setup allow it; evaluators rate messages in own words.
import { allowsBlocks, allowsOwnWords, buildOwnWords, effectiveMode } from '../../communication/own-words.js';
import { publishVoice } from '../../machines/authority.js';
import { nlAlertRefusal, ownNlAlertAction } from '../../communication/nl-alert-power.js';
import { PRINCIPLES } from '../../scenario/vocabulary.js';
import { publishMessage } from '../publish.js';
import { takeStructureAction } from '../structure-actions.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { actingRole } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function publish(step: Step, c: Of<'publish'>): void {
  const role = actingRole(step, c.actor);
  const voice = publishVoice(role.office);
  if (voice === null) refuse('may-not-publish', { office: role.office });
  if (!allowsBlocks(effectiveMode(step.scenario, step.s.settings.messages))) refuse('message-mode', { mode: 'blocks' });
  publishMessage(step, role, c.blocks, voice, 'message');
}

export function publishText(step: Step, c: Of<'publishText'>): void {
  const role = actingRole(step, c.actor);
  const voice = publishVoice(role.office);
  if (voice === null) refuse('may-not-publish', { office: role.office });
  if (!allowsOwnWords(effectiveMode(step.scenario, step.s.settings.messages))) refuse('message-mode', { mode: 'ownWords' });
  const built = buildOwnWords(step.scenario, step.s.minute, c);
  if (!built.ok) refuse(built.refusal.code, built.refusal.params);
  if (built.own.channel !== 'nlAlert') {
    publishMessage(step, role, [], voice, built.own.channel, built.own);
    return;
  }
  // A published NL-Alert is in force whoever wrote its text: the same structure action as the block path
  // (the warning machine, structureChanged, warrants and over-reaction, cards settled by the action), whose
  // message is the text in own words; its advice points at that message (the id publishMessage gives it).
  // Writing the text is not deciding it: a communication adviser who drafts an alert puts it to the authority.
  const action = ownNlAlertAction(voice, built.own.advice?.where[0] ?? '', `m${step.s.messages.length + 1}`);
  const notYours = nlAlertRefusal(step.scenario, step.s.structure, role, action);
  if (notYours) refuse(notYours.code, notYours.params);
  takeStructureAction(step, role, action, c.actor, true, built.own);
}

const RATINGS = ['meets', 'partly', 'misses'] as const;

/**
 * An evaluator rates a message in own words against one principle. The rating is the evidence for that
 * message's communication criterion; the automatic text findings stay beside it as suggestions.
 */
export function rateMessage(step: Step, c: Of<'rateMessage'>): void {
  if (c.actor.kind !== 'trainer' && c.actor.kind !== 'evaluator') refuse('trainer-only');
  const message = step.s.messages.find((m) => m.id === c.message);
  if (!message) refuse('unknown-message', { message: c.message });
  if (!message.own) refuse('rating-needs-own-words', { message: c.message });
  if (!(PRINCIPLES as readonly string[]).includes(c.principle)) refuse('unknown-principle', { principle: String(c.principle) });
  if (!(RATINGS as readonly string[]).includes(c.rating)) refuse('rating-invalid', { rating: String(c.rating) });
  const note = (c.note ?? '').trim();
  if (note.length > 4000) refuse('text-too-long', { max: 4000 });
  const by = c.actor.kind === 'evaluator' ? (c.actor.name ?? 'evaluator') : 'trainer';
  const ratings = step.s.ratings ?? {};
  const entry = { rating: c.rating, note, by, seq: step.cause, minute: step.s.minute };
  step.s.ratings = { ...ratings, [c.message]: { ...(ratings[c.message] ?? {}), [c.principle]: entry } };
  step.emit('messageRated', 'trainer', { message: c.message, principle: c.principle, rating: c.rating, note, by });
}
