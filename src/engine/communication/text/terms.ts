// Matching a word list against a text, tolerant of case, diacritics and the common inflections, and
// explained by the words it matched. A term is a word or a phrase; a trailing "*" on a word matches any
// ending ("radicalis*" finds "radicaliseerde"). Without "*", a word matches itself plus a short list of
// inflection endings for its language — and nothing else, so "Bakker" never finds "bakkerij" and
// "Ruben" never finds "rubber".
import type { Language } from '../../scenario/vocabulary.js';
import { fold, type FoldedText, type Token } from './fold.js';

export interface TextMatch {
  readonly start: number;
  readonly end: number;
  /** The original characters, as the message has them. */
  readonly text: string;
  /** The term of the list that matched, as written there. */
  readonly term: string;
}

/** How a term's words may be inflected. Names only take the genitive; ordinary words their inflections. */
export type Inflection = 'name' | 'word';

// Dutch: plural -en/-s/-'s, adjective -e, comparative/superlative -er/-ste, past -de/-te(n), diminutive -je(s).
const WORD_ENDINGS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['s', "'s", 'e', 'en', 'n', 'er', 'ere', 'ers', 'ste', 'de', 'den', 'te', 'ten', 'je', 'jes', 'tje', 'tjes'],
  en: ['s', "'s", 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly'],
};
// A name takes the genitive only: "Rubens", "Ruben's"; Dutch also "Ruben z'n" is two words, so nothing more.
const NAME_ENDINGS: readonly string[] = ['s', "'s", "'"];

interface TermWord {
  readonly stem: string;
  readonly prefix: boolean;
}

export interface CompiledTerm {
  readonly term: string;
  readonly words: readonly TermWord[];
  readonly inflection: Inflection;
}

export function compileTerm(term: string, inflection: Inflection): CompiledTerm | null {
  const words: TermWord[] = [];
  for (const raw of term.trim().split(/[\s]+/u)) {
    const prefix = raw.endsWith('*');
    // Fold the word like the text, and drop punctuation a writer adds ("V." → "v").
    const stem = fold(prefix ? raw.slice(0, -1) : raw).replace(/[^\p{L}\p{N}'-]/gu, '').replace(/’/gu, "'");
    if (stem.length === 0) continue;
    words.push({ stem, prefix });
  }
  return words.length === 0 ? null : { term, words, inflection };
}

function wordMatches(token: string, word: TermWord, inflection: Inflection, lang: Language): boolean {
  if (token === word.stem) return true;
  if (word.prefix) return token.startsWith(word.stem);
  if (!token.startsWith(word.stem)) return false;
  const ending = token.slice(word.stem.length);
  // Single letters (an initial such as "V") take no ending: "V" must not find "vs".
  if (word.stem.length === 1) return false;
  const endings = inflection === 'name' ? NAME_ENDINGS : [...WORD_ENDINGS[lang], ...WORD_ENDINGS[lang === 'nl' ? 'en' : 'nl'].filter((e) => e === 's' || e === "'s")];
  return endings.includes(ending);
}

/** Every place in the text where the term occurs, as whole words in sequence. */
export function findTerm(text: FoldedText, term: CompiledTerm, lang: Language): TextMatch[] {
  const out: TextMatch[] = [];
  const tokens = text.tokens;
  for (let i = 0; i + term.words.length <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < term.words.length; j++) {
      if (!wordMatches(tokens[i + j]!.word, term.words[j]!, term.inflection, lang)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const first: Token = tokens[i]!;
    const last: Token = tokens[i + term.words.length - 1]!;
    // An initial written with its dot ("Ruben V.") includes the dot in the match.
    const end = last.word.length === 1 && text.original[last.end] === '.' ? last.end + 1 : last.end;
    out.push({ start: first.start, end, text: text.original.slice(first.start, end), term: term.term });
  }
  return out;
}

/** All matches of a list, longest first where two overlap (so "Ruben V." wins over "Ruben"). */
export function findTerms(text: FoldedText, terms: readonly CompiledTerm[], lang: Language): TextMatch[] {
  const all = terms.flatMap((t) => findTerm(text, t, lang));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const m of all) {
    const prev = kept[kept.length - 1];
    if (prev && m.start < prev.end) continue;
    kept.push(m);
  }
  return kept;
}

export function compileList(list: readonly string[], inflection: Inflection): CompiledTerm[] {
  return list.map((t) => compileTerm(t, inflection)).filter((t): t is CompiledTerm => t !== null);
}
