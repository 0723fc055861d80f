// Scenario texts are either one language-neutral string or { nl, en }. A missing translation falls
// back to the other language, so a half-translated scenario still shows something readable.
import type { Language } from '../i18n/first-screen.js';
import type { TextT } from '../engine/scenario/schema.js';

export function localise(text: TextT, lang: Language): string {
  if (typeof text === 'string') return text;
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  return text[lang] || text[other] || '';
}
