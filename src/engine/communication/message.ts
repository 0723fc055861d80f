// A public message is composed from the scenario's building blocks, never typed freely: that is what
// makes every claim checkable against the principles (DOMAIN.md §5) and the text exactly what the author wrote.
import type { Block, Scenario, TextT } from '../scenario/schema.js';
import type { Language, Voice } from '../scenario/vocabulary.js';

export interface ComposedMessage {
  /** Block ids, in the order the public reads them. */
  readonly blocks: readonly string[];
  readonly voice: Voice;
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
}

export const MESSAGE_REFUSAL_CODES = [
  'message-empty',
  'message-unknown-block',
  'message-duplicate-block',
  'message-block-voice',
  'message-voice-mismatch',
] as const;
export type MessageRefusalCode = (typeof MESSAGE_REFUSAL_CODES)[number];

export interface MessageRefusal {
  readonly code: MessageRefusalCode;
  readonly params: Readonly<Record<string, string | number>>;
}

const blockIndexes = new WeakMap<Scenario, ReadonlyMap<string, Block>>();

/** The scenario's block with this id; the index is built once per scenario object. */
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

export function hasActionAdvice(scenario: Scenario, blocks: readonly string[]): boolean {
  return messageBlocks(scenario, blocks).some((b) => b.kind === 'actionAdvice');
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
