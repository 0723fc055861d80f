// Text as the checks read it: lower case, without diacritics, split into words, with every position
// mapped back to the original text so a finding can say exactly which characters it matched.
// Pure string work (String.prototype.normalize is plain ECMAScript), no locale tables.

export interface Token {
  /** The folded word: lower case, no diacritics, apostrophes kept ("ruben's"). */
  readonly word: string;
  /** Start and end in the original text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the word is in. */
  readonly sentence: number;
}

export interface FoldedText {
  readonly original: string;
  readonly tokens: readonly Token[];
  readonly sentences: number;
}

const COMBINING = /[\u0300-\u036f]/g;

/** One character folded: "É" → "e", "ß" stays, "İ" → "i". */
export function foldChar(c: string): string {
  return c.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE = /['’]/u;
const SENTENCE_END = /[.!?]/u;

/**
 * Words and their positions. A word is letters and digits, with one inner apostrophe ("Ruben's") or
 * hyphen ("Noord-Brabant" stays one word). A sentence ends at . ! or ? followed by a space or the end,
 * unless the dot follows a single letter (an initial: "Ruben V. werd").
 */
export function tokenize(text: string): FoldedText {
  const tokens: Token[] = [];
  const chars = Array.from(text);
  // Offsets in UTF-16 code units, because that is what String.slice and the DOM use.
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  offsets.push(offset);
  let sentence = 0;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (LETTER_OR_DIGIT.test(c)) {
      const startIndex = i;
      let word = '';
      while (i < chars.length) {
        const ch = chars[i]!;
        if (LETTER_OR_DIGIT.test(ch)) {
          word += foldChar(ch);
          i++;
        } else if ((APOSTROPHE.test(ch) || ch === '-') && i + 1 < chars.length && LETTER_OR_DIGIT.test(chars[i + 1]!) && word.length > 0) {
          word += APOSTROPHE.test(ch) ? "'" : '-';
          i++;
        } else break;
      }
      tokens.push({ word, start: offsets[startIndex]!, end: offsets[i]!, sentence });
      continue;
    }
    if (SENTENCE_END.test(c)) {
      const next = chars[i + 1];
      const last = tokens[tokens.length - 1];
      const initial = c === '.' && last !== undefined && last.word.length === 1 && last.sentence === sentence && /\p{L}/u.test(last.word);
      const decimal = c === '.' || c === ',' ? next !== undefined && /\p{N}/u.test(next) : false;
      if (!initial && !decimal && (next === undefined || /\s/u.test(next))) {
        if (tokens.length > 0 && tokens[tokens.length - 1]!.sentence === sentence) sentence++;
      }
    }
    i++;
  }
  const sentences = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.sentence + 1;
  return { original: text, tokens, sentences };
}
