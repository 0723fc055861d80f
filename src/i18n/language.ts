// The chosen language is remembered per browser; storage can be disabled (private mode, policy), so
// reading and writing never throw.
import { LANGUAGES, type Language } from './translate.js';

const STORAGE_KEY = 'crisistafel.language';

/** The part of the browser's Storage this module uses; named here because src/i18n is compiled without the DOM lib. */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the first nl/en language the browser prefers, else Dutch. */
export function initialLanguage(storage: LanguageStorage | undefined, preferred: readonly string[]): Language {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

export function readStoredLanguage(storage: LanguageStorage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(storage: LanguageStorage | undefined, lang: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless; the page keeps working in the chosen language.
  }
}
