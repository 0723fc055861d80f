// The board's words: both languages say the same thing with the same placeholders, and every kind the
// scenario format knows has a name (the types enforce the keys; this checks what the types cannot).
import { describe, expect, it } from 'vitest';
import { board } from '../../../src/i18n/strings/board.js';
import { t } from '../../../src/i18n/index.js';
import { MARKER_KINDS } from '../../../src/board/kinds.js';
import { POI_KINDS, RINGS, UNIT_KINDS } from '../../../src/engine/scenario/vocabulary.js';

// A plural "{count|one|other}" is a placeholder like "{count}".
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

describe('board strings', () => {
  it('has the same placeholders in Dutch and English, and no empty text', () => {
    for (const [key, nl] of Object.entries(board.nl)) {
      const en = (board.en as Record<string, string>)[key] ?? '';
      expect(nl.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(nl));
    }
  });

  it('names every marker, place, unit and ring kind in both languages, through the shared dictionary', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const k of MARKER_KINDS) expect(t(lang, `board.marker.${k}`)).not.toBe(`board.marker.${k}`);
      for (const k of POI_KINDS) expect(t(lang, `board.poi.${k}`)).not.toBe(`board.poi.${k}`);
      for (const k of UNIT_KINDS) expect(t(lang, `board.unit.${k}`)).not.toBe(`board.unit.${k}`);
      for (const k of RINGS) expect(t(lang, `board.ring.${k}`)).not.toBe(`board.ring.${k}`);
    }
  });
});
