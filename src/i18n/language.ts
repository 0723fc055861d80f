// The chosen language is remembered per browser; storage can be disabled (private mode, policy), so
// reading and writing never throw.
import { LANGUAGES, type Language } from './translate.js';

const STORAGE_KEY = 'crisistafel.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the first nl/en language the browser prefers, else Dutch. */
export function initialLanguage(storage: Storage | undefined, preferred: readonly string[]): Language {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

export function readStoredLanguage(storage: Storage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(storage: Storage | undefined, lang: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is harmless; the page keeps working in the chosen language.
  }
}
