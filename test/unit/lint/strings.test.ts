import { describe, expect, it } from 'vitest';
import { LINT_CODE_LIST } from '../../../src/engine/lint/index.js';
import { MSEL_COLUMNS } from '../../../src/engine/msel/index.js';
import { hasKey, LANGUAGES, t } from '../../../src/i18n/index.js';

describe('authoring toolkit strings', () => {
  it.each(LINT_CODE_LIST)('names the lint code "%s" in Dutch and English', (code) => {
    for (const lang of LANGUAGES) expect(hasKey(lang, `lint.code.${code}`), `${lang}: lint.code.${code}`).toBe(true);
    expect(t('nl', `lint.code.${code}` as never)).not.toBe(t('en', `lint.code.${code}` as never));
  });

  it('has a distinct header for every MSEL column in each language', () => {
    for (const lang of LANGUAGES) {
      const headers = MSEL_COLUMNS.map((c) => t(lang, `msel.column.${c}` as never));
      expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(MSEL_COLUMNS.length);
    }
  });
});
