// Readability against language level B1, with the published formulas a communication adviser knows:
//  - Dutch: Flesch-Douma (W.H. Douma, "De leesbaarheid van landbouwbladen", 1960):
//      RE = 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence)
//  - English: Flesch Reading Ease (R. Flesch, "A new readability yardstick", J. Appl. Psychology 32, 1948):
//      RE = 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word)
// On both scales 60–70 is "plain / standard" and higher is easier. We take 60 as the B1 line (plain
// language for the general public); a message of fewer than 8 words is too short for the formula to mean anything.
import type { Language } from '../../scenario/vocabulary.js';
import type { FoldedText } from './fold.js';

export const B1_MINIMUM = 60;
export const READABILITY_MIN_WORDS = 8;

export interface Readability {
  readonly formula: 'flesch-douma' | 'flesch-reading-ease';
  readonly score: number;
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

const NL_VOWELS = /[aeiouy]+/g;
const EN_VOWELS = /[aeiouy]+/g;

/** Dutch syllables: groups of vowels ("ui", "oe", "ij"'s i, "eeu" count once); at least one per word. */
export function dutchSyllables(word: string): number {
  const letters = word.replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  return Math.max(1, (letters.match(NL_VOWELS) ?? []).length);
}

/** English syllables: vowel groups, minus a silent final "e" (not "-le"), at least one per word. */
export function englishSyllables(word: string): number {
  const letters = word.replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  let count = (letters.match(EN_VOWELS) ?? []).length;
  if (letters.length > 2 && letters.endsWith('e') && !letters.endsWith('le') && !/[aeiouy]e$/.test(letters)) count--;
  if (letters.endsWith('ed') && letters.length > 3 && !/[td]ed$/.test(letters)) count--;
  return Math.max(1, count);
}

export function readability(text: FoldedText, lang: Language): Readability | null {
  const words = text.tokens.filter((t) => /\p{L}/u.test(t.word));
  if (words.length < READABILITY_MIN_WORDS) return null;
  const sentences = Math.max(1, text.sentences);
  const count = lang === 'nl' ? dutchSyllables : englishSyllables;
  const syllables = words.reduce((sum, w) => sum + count(w.word), 0);
  const perSentence = words.length / sentences;
  const score =
    lang === 'nl'
      ? 206.84 - 0.77 * ((syllables / words.length) * 100) - 0.93 * perSentence
      : 206.835 - 1.015 * perSentence - 84.6 * (syllables / words.length);
  return { formula: lang === 'nl' ? 'flesch-douma' : 'flesch-reading-ease', score: Math.round(score * 10) / 10, words: words.length, sentences, syllables };
}
