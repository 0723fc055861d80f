import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/engine/scenario/codes.js';
import { hasKey, LANGUAGES, t } from '../../../src/i18n/index.js';

describe('error codes in the UI languages', () => {
  it.each(ERROR_CODES)('names the kind of problem "%s" in Dutch and English', (code) => {
    for (const lang of LANGUAGES) expect(hasKey(lang, `loader.code.${code}`), `${lang}: loader.code.${code}`).toBe(true);
  });

  it('fills the labels around an error', () => {
    expect(t('nl', 'loader.line', { line: 3, column: 7 })).toBe('Regel 3, kolom 7');
    expect(t('en', 'loader.valid', { file: 'a.json' })).toBe('a.json: valid');
  });
});
