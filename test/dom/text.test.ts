import { describe, expect, it } from 'vitest';
import { initialLanguage, readStoredLanguage, storeLanguage } from '../../src/ui/language.js';
import { localise } from '../../src/ui/text.js';

describe('localise', () => {
  it('returns a language-neutral string as it is', () => {
    expect(localise('Meldkamer', 'en')).toBe('Meldkamer');
  });

  it('picks the requested language', () => {
    expect(localise({ nl: 'Burgemeester', en: 'Mayor' }, 'nl')).toBe('Burgemeester');
    expect(localise({ nl: 'Burgemeester', en: 'Mayor' }, 'en')).toBe('Mayor');
  });

  it('falls back to the other language when a translation is empty', () => {
    expect(localise({ nl: 'Burgemeester', en: '' }, 'en')).toBe('Burgemeester');
    expect(localise({ nl: '', en: 'Mayor' }, 'nl')).toBe('Mayor');
  });
});

describe('initial language', () => {
  it('prefers the remembered choice over the browser’s languages', () => {
    window.localStorage.clear();
    storeLanguage(window.localStorage, 'en');
    expect(initialLanguage(window.localStorage, ['nl-NL'])).toBe('en');
  });

  it('takes the first Dutch or English browser language, else Dutch', () => {
    window.localStorage.clear();
    expect(initialLanguage(window.localStorage, ['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(initialLanguage(window.localStorage, ['fr-FR'])).toBe('nl');
    expect(initialLanguage(undefined, [])).toBe('nl');
  });

  it('ignores a stored value that is not a language, and storage that throws', () => {
    window.localStorage.setItem('crisistafel.language', 'de');
    expect(readStoredLanguage(window.localStorage)).toBeUndefined();
    const broken = { getItem: () => { throw new Error('blocked'); } } as unknown as Storage;
    expect(initialLanguage(broken, ['en'])).toBe('en');
  });
});
