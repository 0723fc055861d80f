import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/engine/communication/checks.js';
import { MESSAGE_REFUSAL_CODES } from '../../../src/engine/communication/message.js';
import { BLOCK_KINDS, COMMUNICATION_STAGES, PRINCIPLES, TRAP_KINDS, VOICES } from '../../../src/engine/scenario/vocabulary.js';
import { hasKey, LANGUAGES, tDynamic } from '../../../src/i18n/index.js';
import { communication } from '../../../src/i18n/strings/communication.js';

// A plural "{count|one|other}" is a placeholder like "{count}".
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

const required = [
  ...PRINCIPLES.map((p) => `principle.${p}`),
  ...PRINCIPLES.map((p) => `communication.rule.${p}`),
  ...FINDING_CODES.map((c) => `finding.${c}`),
  ...MESSAGE_REFUSAL_CODES.map((c) => `refusal.${c}`),
  ...BLOCK_KINDS.map((k) => `communication.blockKind.${k}`),
  ...TRAP_KINDS.map((k) => `communication.trapKind.${k}`),
  ...VOICES.map((v) => `communication.voice.${v}`),
  ...COMMUNICATION_STAGES.map((s) => `communication.stage.${s}`),
  ...['ok', 'partly', 'breach'].map((v) => `communication.verdict.${v}`),
];

describe('communication strings', () => {
  it('name every principle, finding, refusal, block kind, trap, voice and stage in Dutch and English', () => {
    for (const lang of LANGUAGES) {
      const missing = required.filter((key) => !hasKey(lang, key) || tDynamic(lang, key).trim() === '');
      expect(missing, lang).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const table = communication.nl as Record<string, string>;
    for (const [key, nl] of Object.entries(table)) {
      expect(placeholders((communication.en as Record<string, string>)[key] ?? ''), key).toEqual(placeholders(nl));
    }
  });

  it('are registered with the translation function', () => {
    expect(tDynamic('en', 'finding.first-message-late', { minutes: 31, target: 30 })).toBe(
      'First public message 31 minutes after the first notification: later than the target of 30 minutes, but within twice that.',
    );
    expect(tDynamic('nl', 'refusal.message-unknown-block', { block: 'x' })).toBe('Het bouwblok "x" bestaat niet in dit scenario.');
  });
});
