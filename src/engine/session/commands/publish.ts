// A communication role publishes a message built from the scenario's building blocks, or written in
// its own words where the scenario and the setup allow it; evaluators rate messages in own words.
import { allowsBlocks, allowsOwnWords, buildOwnWords, effectiveMode } from '../../communication/own-words.js';
import { officesFor, publishVoice } from '../../machines/authority.js';
import { checkStructureAction, situationOf } from '../../machines/structure.js';
import type { OwnWords } from '../../communication/message.js';
import type { Role, StructureActionT } from '../../scenario/schema.js';
import { PRINCIPLES } from '../../scenario/vocabulary.js';
import { publishMessage } from '../publish.js';
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
  if (built.own.channel === 'nlAlert') nlAlertAuthority(step, role, built.own);
  publishMessage(step, role, [], voice, built.own.channel, built.own);
}

/**
 * An NL-Alert in own words needs the same power as one built from blocks: the sendNlAlert rows of the
 * powers table (machines/authority.ts), checked by the structure exactly as for the block path, at the
 * GRIP level of this moment (art. 39 Wvr moves the regional alert from the mayor to the chair). A national
 * voice speaks for a national alert (the Minister of JenV decides), every other voice for a regional one.
 * Writing the text is not deciding it: a communication adviser who drafts an alert puts it to the authority.
 */
function nlAlertAuthority(step: Step, role: Role, own: OwnWords): void {
  const national = publishVoice(role.office) === 'national';
  const action: StructureActionT = { action: 'sendNlAlert', area: own.advice?.where[0] ?? '', advice: '', ...(national ? { national: true } : {}) };
  const actor = { office: role.office, ...(role.authority === undefined ? {} : { narrowed: role.authority }) };
  if (checkStructureAction(step.scenario, step.s.structure, action, actor) === null) return;
  const offices = officesFor(action, situationOf(step.scenario, step.s.structure));
  refuse('message-nl-alert-not-yours', { office: role.office, offices: offices.join(', '), scope: national ? 'national' : 'regional' });
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
