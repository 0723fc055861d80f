// Scenario texts are one language-neutral string or { nl, en }; a missing translation falls back to
// the other language, so a half-translated scenario still shows something readable on the board.
import type { TextT } from '../engine/scenario/schema.js';
import type { Language } from '../i18n/index.js';

export function localised(text: TextT, lang: Language): string {
  if (typeof text === 'string') return text;
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  return text[lang] || text[other] || '';
}
