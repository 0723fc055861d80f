// The remembered language choice lives with the strings (src/i18n/language.ts), so the board's own page
// reads the same choice; the screens keep importing it from here, with the browser's storage.
export * from '../i18n/language.js';

/** localStorage when the browser allows it; reading the property itself throws when storage is blocked. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
