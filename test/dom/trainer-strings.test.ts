import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/engine/scenario/vocabulary.js';
import { hasKey, LANGUAGES } from '../../src/i18n/index.js';
import { trainer } from '../../src/i18n/strings/trainer.js';

// A plural "{count|one|other}" is a placeholder like "{count}".
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

describe('trainer and projector strings', () => {
  it('use the same placeholders in Dutch and English', () => {
    const en = trainer.en as Record<string, string>;
    for (const [key, nl] of Object.entries(trainer.nl as Record<string, string>)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(nl));
  });

  it('can name every inject channel, every kind of random draw and a published message, in both languages', () => {
    const keys = [...CHANNELS.map((c) => `channel.${c}`), 'channel.message', ...['initial', 'amount', 'chance', 'variant', 'rumour'].map((p) => `roll.purpose.${p}`)];
    for (const lang of LANGUAGES) expect(keys.filter((k) => !hasKey(lang, k)), lang).toEqual([]);
  });
});
