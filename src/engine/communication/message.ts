// A public message is composed from the scenario's building blocks, or — where the scenario and the setup
// allow it — written in the participant's own words with structured parts (channel, audience, advice,
// claims). Either way every claim is checkable against the principles (DOMAIN.md §5): blocks carry the
// author's claims, own words carry the writer's, and the text itself goes through the text checks.
import type { Block, ClaimT, Scenario, TextT } from '../scenario/schema.js';
import type { Language, Voice } from '../scenario/vocabulary.js';

export interface ComposedMessage {
  /** Block ids, in the order the public reads them. */
  readonly blocks: readonly string[];
  readonly voice: Voice;
}

/** The channels a message in own words goes out on. */
export const OWN_CHANNELS = ['website', 'socialMedia', 'pressConference', 'nlAlert', 'residentsLetter'] as const;
export type OwnChannel = (typeof OWN_CHANNELS)[number];

/** Who the message is for. */
export const AUDIENCES = ['public', 'residents', 'affected', 'press', 'travellers'] as const;
export type MessageAudience = (typeof AUDIENCES)[number];

/** Until when an advice holds: a scenario time, one of the scenario's advice ends, or openly "until further notice". */
export type AdviceUntil = { readonly minute: number } | { readonly event: string } | { readonly furtherNotice: true };

export interface OwnAdvice {
  /** What people must do, in the writer's words. */
  readonly what: string;
  /** Map areas the advice applies to. */
  readonly where: readonly string[];
  readonly until: AdviceUntil;
}

/** The parts of an NL-Alert as its layout has them: what is going on, what to do, where to find more. */
export interface NlAlertParts {
  readonly situation: string;
  readonly action: string;
  readonly info: string;
}

/** A message in the participant's own words: the text as published and its structured parts. */
export interface OwnWords {
  readonly lang: Language;
  readonly channel: OwnChannel;
  readonly audience: MessageAudience;
  /** The full text the public reads (for an NL-Alert: header and parts, as laid out by nlAlertText). */
  readonly text: string;
  readonly advice?: OwnAdvice;
  readonly claims: readonly ClaimT[];
  /** The writer says this message corrects an earlier one of the same voice. */
  readonly corrects: boolean;
}

export interface PublishedMessage {
  readonly id: string;
  /** 1-based order of publication within the exercise. */
  readonly seq: number;
  readonly minute: number;
  readonly round: number;
  /** The role that published it. */
  readonly role: string;
  readonly voice: Voice;
  readonly blocks: readonly string[];
  /** Present for a message in own words (its blocks list is then empty). */
  readonly own?: OwnWords;
}

export const MESSAGE_REFUSAL_CODES = [
  'message-empty',
  'message-unknown-block',
  'message-duplicate-block',
  'message-block-voice',
  'message-voice-mismatch',
  'message-mode',
  'message-text-empty',
  'message-text-too-long',
  'message-nl-alert-too-long',
  'message-nl-alert-needs-advice',
  'message-nl-alert-not-yours',
  'message-unknown-subject',
  'message-unknown-value',
  'message-unknown-area',
  'message-unknown-end',
  'message-advice-incomplete',
  'message-until-past',
] as const;
export type MessageRefusalCode = (typeof MESSAGE_REFUSAL_CODES)[number];

export interface MessageRefusal {
  readonly code: MessageRefusalCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const blockIndexes = new WeakMap<Scenario, ReadonlyMap<string, Block>>();

/** The scenario's block with this id; the index is built once per scenario object. */
/** A published message's blocks: the key it is found under in an index of messages by block. */
export const blocksOf = (m: PublishedMessage): readonly string[] => m.blocks;

export function blockById(scenario: Scenario, id: string): Block | undefined {
  let index = blockIndexes.get(scenario);
  if (!index) {
    index = new Map(scenario.communication.blocks.map((b) => [b.id, b]));
    blockIndexes.set(scenario, index);
  }
  return index.get(id);
}

/** The blocks of a message that exist in the scenario, in message order. */
export function messageBlocks(scenario: Scenario, blockIds: readonly string[]): Block[] {
  const found: Block[] = [];
  for (const id of blockIds) {
    const block = blockById(scenario, id);
    if (block) found.push(block);
  }
  return found;
}

export function textIn(text: TextT, lang: Language): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * Exactly what the public reads: the block texts in order. An action advice is rendered from its own
 * text too, not assembled from what/where/until, because the block text is the author's full wording;
 * the what/where/until fields exist so the action-perspective check can see whether that wording is complete.
 */
export function renderMessage(scenario: Scenario, blocks: readonly string[], lang: Language): string {
  return messageBlocks(scenario, blocks)
    .map((b) => textIn(b.text, lang).trim())
    .join(' ');
}

export function hasActionAdvice(scenario: Scenario, blocks: readonly string[], own?: OwnWords): boolean {
  return own?.advice !== undefined || messageBlocks(scenario, blocks).some((b) => b.kind === 'actionAdvice');
}

/** Every claim a message makes: its blocks' claims in order, then the writer's own. */
export function messageClaims(scenario: Scenario, message: Pick<PublishedMessage, 'blocks' | 'own'>): ClaimT[] {
  return [...messageBlocks(scenario, message.blocks).flatMap((b) => b.claims), ...(message.own?.claims ?? [])];
}

/** The text the public reads, whichever way the message was written. */
export function messageText(scenario: Scenario, message: Pick<PublishedMessage, 'blocks' | 'own'>, lang: Language): string {
  return message.own ? message.own.text : renderMessage(scenario, message.blocks, lang);
}

/**
 * Refuses a message the public could not receive as composed: nothing in it, a block the scenario does
 * not have, the same block twice, a block this voice may not use, or a voice other than the publisher's.
 */
export function validateComposition(scenario: Scenario, composed: ComposedMessage, voice: Voice): MessageRefusal | null {
  if (composed.voice !== voice) {
    return { code: 'message-voice-mismatch', params: { voice: composed.voice, expected: voice } };
  }
  if (composed.blocks.length === 0) return { code: 'message-empty', params: {} };
  const seen = new Set<string>();
  for (const id of composed.blocks) {
    const block = blockById(scenario, id);
    if (!block) return { code: 'message-unknown-block', params: { block: id } };
    if (seen.has(id)) return { code: 'message-duplicate-block', params: { block: id } };
    seen.add(id);
    if (!block.voices.includes(voice)) return { code: 'message-block-voice', params: { block: id, voice } };
  }
  return null;
}
