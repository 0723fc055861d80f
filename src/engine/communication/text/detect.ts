// The automatic text checks on a message in own words (and the CLI's message:check): the perpetrator's
// identifiers, references to his photo or manifesto, motive speculation, stigmatising wording, victims'
// names before their families are informed, figures that contradict confirmed facts, and readability.
// Every hit carries the words it matched, so a trainer can see why — a check that cannot show its
// evidence is not shown at all. These are suggestions from word lists: an evaluator's rating of the
// message replaces them for scoring (scoring/criteria/communication.ts).
import type { Condition, Scenario, Subject } from '../../scenario/schema.js';
import type { Language, Principle } from '../../scenario/vocabulary.js';
import { tokenize, type FoldedText } from './fold.js';
import { MANIFESTO_TERMS, MOTIVE_TERMS, NUMBER_WORDS, PHOTO_TERMS, STIGMA_TERMS, UNKNOWN_MARKERS } from './lexicon.js';
import { B1_MINIMUM, readability } from './readability.js';
import { compileList, findTerms, type CompiledTerm, type TextMatch } from './terms.js';

export type TextCode =
  | 'perpetrator-name'
  | 'perpetrator-photo'
  | 'perpetrator-manifesto'
  | 'allowed-by-condition'
  | 'motive-speculation'
  | 'motive-unknown-said'
  | 'stigmatising'
  | 'victim-identity'
  | 'victim-named-informed'
  | 'figure-contradicts-fact'
  | 'figure-confirmed'
  | 'readability-b1'
  | 'readability-below-b1';

export interface TextFinding {
  readonly principle: Principle;
  readonly verdict: 'ok' | 'partly' | 'breach';
  readonly code: TextCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly matches: readonly TextMatch[];
}

export interface TextCheckInput {
  readonly scenario: Scenario;
  readonly lang: Language;
  readonly text: string;
  /** Evaluates a scenario condition now (allowedWhen, informedWhen). */
  readonly holds: (c: Condition) => boolean;
  /** The confirmed value of each numeric subject at this moment. */
  readonly confirmedNumbers: ReadonlyMap<string, number>;
}

interface CompiledScenario {
  readonly perpetrators: readonly { readonly allowedWhen?: Condition; readonly names: CompiledTerm[]; readonly refs: Record<Language, CompiledTerm[]> }[];
  readonly motive: Record<Language, CompiledTerm[]>;
  readonly unknown: Record<Language, CompiledTerm[]>;
  readonly stigma: Record<Language, CompiledTerm[]>;
  readonly photo: Record<Language, CompiledTerm[]>;
  readonly manifesto: Record<Language, CompiledTerm[]>;
  readonly victims: readonly { readonly name: CompiledTerm[]; readonly informedWhen?: Condition }[];
  readonly numeric: readonly { readonly subject: Subject; readonly terms: Record<Language, CompiledTerm[]> }[];
}

const compiled = new WeakMap<Scenario, CompiledScenario>();

function perLanguage(base: Readonly<Record<Language, readonly string[]>>, extra?: { nl: readonly string[]; en: readonly string[] }): Record<Language, CompiledTerm[]> {
  return {
    nl: compileList([...base.nl, ...(extra?.nl ?? [])], 'word'),
    en: compileList([...base.en, ...(extra?.en ?? [])], 'word'),
  };
}

function compileScenario(scenario: Scenario): CompiledScenario {
  let c = compiled.get(scenario);
  if (c) return c;
  const comm = scenario.communication;
  const none = { nl: [], en: [] };
  c = {
    perpetrators: comm.perpetrators.map((p) => ({
      ...(p.allowedWhen ? { allowedWhen: p.allowedWhen } : {}),
      names: compileList([...p.names, ...p.initials, ...p.aliases], 'name'),
      refs: perLanguage(none, p.references),
    })),
    motive: perLanguage(MOTIVE_TERMS, comm.terms.motive),
    unknown: perLanguage(UNKNOWN_MARKERS),
    stigma: perLanguage(STIGMA_TERMS, comm.terms.stigma),
    photo: perLanguage(PHOTO_TERMS),
    manifesto: perLanguage(MANIFESTO_TERMS),
    victims: comm.victims.map((v) => ({ name: compileList([v.name], 'name'), ...(v.informedWhen ? { informedWhen: v.informedWhen } : {}) })),
    numeric: comm.subjects.filter((s) => s.numeric && s.terms).map((s) => ({ subject: s, terms: perLanguage(none, s.terms) })),
  };
  compiled.set(scenario, c);
  return c;
}

const words = (matches: readonly TextMatch[]) => [...new Set(matches.map((m) => m.text))].join(', ');

const NEGATIONS = new Set(['geen', 'niet', 'nooit', 'not', "don't", 'never', 'no']);

/**
 * "Deel geen foto van de dader", "do not share the photo of the suspect": a reference right after a
 * negation (within three words) asks people not to spread it, which is the opposite of giving attention.
 */
function negated(text: FoldedText, m: TextMatch): boolean {
  const at = text.tokens.findIndex((t) => t.start === m.start);
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const token = text.tokens[at - back]!;
    if (token.sentence !== text.tokens[at]!.sentence) break;
    if (NEGATIONS.has(token.word)) return true;
  }
  return false;
}

function perpetratorFindings(text: FoldedText, input: TextCheckInput, c: CompiledScenario): TextFinding[] {
  const out: TextFinding[] = [];
  const { lang } = input;
  const generic = (list: CompiledTerm[], code: 'perpetrator-photo' | 'perpetrator-manifesto') => {
    const m = findTerms(text, list, lang).filter((x) => !negated(text, x));
    if (m.length > 0) out.push({ principle: 'perpetratorAttention', verdict: 'breach', code, params: { words: words(m) }, matches: m });
  };
  for (const p of c.perpetrators) {
    const names = findTerms(text, p.names, lang);
    const refs = findTerms(text, p.refs[lang], lang).filter((x) => !negated(text, x));
    const all = [...names, ...refs];
    if (all.length === 0) continue;
    // Naming a suspect at large is allowed when the scenario's condition holds (the police ask for it).
    if (p.allowedWhen && input.holds(p.allowedWhen)) {
      out.push({ principle: 'perpetratorAttention', verdict: 'ok', code: 'allowed-by-condition', params: { words: words(all) }, matches: all });
    } else {
      if (names.length > 0) out.push({ principle: 'perpetratorAttention', verdict: 'breach', code: 'perpetrator-name', params: { words: words(names) }, matches: names });
      if (refs.length > 0) out.push({ principle: 'perpetratorAttention', verdict: 'breach', code: 'perpetrator-photo', params: { words: words(refs) }, matches: refs });
    }
  }
  generic(c.photo[lang], 'perpetrator-photo');
  generic(c.manifesto[lang], 'perpetrator-manifesto');
  return out;
}

/** A motive word is speculation unless its sentence says the motive is not known or is being investigated. */
function motiveFindings(text: FoldedText, input: TextCheckInput, c: CompiledScenario): TextFinding[] {
  const motive = findTerms(text, c.motive[input.lang], input.lang);
  if (motive.length === 0) return [];
  const markers = findTerms(text, c.unknown[input.lang], input.lang);
  const sentenceOf = (m: TextMatch) => text.tokens.find((t) => t.start === m.start)?.sentence ?? -1;
  const hedged = new Set(markers.map(sentenceOf));
  const speculation = motive.filter((m) => !hedged.has(sentenceOf(m)));
  const honest = motive.filter((m) => hedged.has(sentenceOf(m)));
  const out: TextFinding[] = [];
  if (speculation.length > 0) out.push({ principle: 'factual', verdict: 'breach', code: 'motive-speculation', params: { words: words(speculation) }, matches: speculation });
  if (honest.length > 0) {
    const withMarkers = [...honest, ...markers.filter((m) => honest.some((h) => sentenceOf(h) === sentenceOf(m)))].sort((a, b) => a.start - b.start);
    out.push({ principle: 'factual', verdict: 'ok', code: 'motive-unknown-said', params: { words: words(withMarkers) }, matches: withMarkers });
  }
  return out;
}

function stigmaFindings(text: FoldedText, input: TextCheckInput, c: CompiledScenario): TextFinding[] {
  const m = findTerms(text, c.stigma[input.lang], input.lang);
  return m.length === 0 ? [] : [{ principle: 'deEscalation', verdict: 'breach', code: 'stigmatising', params: { words: words(m) }, matches: m }];
}

function victimFindings(text: FoldedText, input: TextCheckInput, c: CompiledScenario): TextFinding[] {
  const out: TextFinding[] = [];
  for (const v of c.victims) {
    const m = findTerms(text, v.name, input.lang);
    if (m.length === 0) continue;
    const informed = v.informedWhen !== undefined && input.holds(v.informedWhen);
    out.push(
      informed
        ? { principle: 'victimRespect', verdict: 'ok', code: 'victim-named-informed', params: { words: words(m) }, matches: m }
        : { principle: 'victimRespect', verdict: 'breach', code: 'victim-identity', params: { words: words(m) }, matches: m },
    );
  }
  return out;
}

/** A figure is a number in digits, or a number word ("drie", "three"; Dutch "één" only with its accents). */
function figureAt(text: FoldedText, index: number, lang: Language): number | null {
  const token = text.tokens[index]!;
  if (/^\d+$/.test(token.word)) return Number(token.word);
  if (lang === 'nl' && token.word === 'een') return text.original.slice(token.start, token.end).toLowerCase() === 'één' ? 1 : null;
  return NUMBER_WORDS[lang][token.word] ?? null;
}

/**
 * "Drie gewonden", "5 seriously injured": a figure followed (at most two words later) by a word of a
 * numeric subject states that subject; it contradicts the facts when a different value is confirmed.
 */
function figureFindings(text: FoldedText, input: TextCheckInput, c: CompiledScenario): TextFinding[] {
  const out: TextFinding[] = [];
  for (const { subject, terms } of c.numeric) {
    const confirmed = input.confirmedNumbers.get(subject.id);
    if (confirmed === undefined) continue;
    const termHits = findTerms(text, terms[input.lang], input.lang);
    const wrong: TextMatch[] = [];
    const right: TextMatch[] = [];
    for (const hit of termHits) {
      const at = text.tokens.findIndex((t) => t.start === hit.start);
      for (let back = 1; back <= 3 && at - back >= 0; back++) {
        const value = figureAt(text, at - back, input.lang);
        if (value === null) continue;
        const first = text.tokens[at - back]!;
        const m: TextMatch = { start: first.start, end: hit.end, text: text.original.slice(first.start, hit.end), term: hit.term };
        (value === confirmed ? right : wrong).push(m);
        break;
      }
    }
    const params = { subject: subject.id, confirmed };
    if (wrong.length > 0) out.push({ principle: 'factual', verdict: 'breach', code: 'figure-contradicts-fact', params: { ...params, words: words(wrong) }, matches: wrong });
    if (right.length > 0) out.push({ principle: 'factual', verdict: 'ok', code: 'figure-confirmed', params: { ...params, words: words(right) }, matches: right });
  }
  return out;
}

/** Readability feeds the action perspective: an advice people cannot read is no perspective. Never a breach. */
function readabilityFindings(text: FoldedText, input: TextCheckInput): TextFinding[] {
  const r = readability(text, input.lang);
  if (!r) return [];
  const params = { score: r.score, minimum: B1_MINIMUM, formula: r.formula, words: r.words, sentences: r.sentences };
  return [
    r.score >= B1_MINIMUM
      ? { principle: 'actionPerspective', verdict: 'ok', code: 'readability-b1', params, matches: [] }
      : { principle: 'actionPerspective', verdict: 'partly', code: 'readability-below-b1', params, matches: [] },
  ];
}

export function checkText(input: TextCheckInput): TextFinding[] {
  const text = tokenize(input.text);
  const c = compileScenario(input.scenario);
  return [
    ...perpetratorFindings(text, input, c),
    ...motiveFindings(text, input, c),
    ...figureFindings(text, input, c),
    ...stigmaFindings(text, input, c),
    ...victimFindings(text, input, c),
    ...readabilityFindings(text, input),
  ];
}
