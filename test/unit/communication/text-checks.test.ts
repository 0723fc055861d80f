// The text checks on messages in own words, as a trainer meets them: each hit names the words it matched,
// inflections and diacritics are tolerated, near misses are not hits. The precision set
// (test/fixtures/messages/sentences.json) measures the detectors over 72 hand-made Dutch and English sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTextAt, breaksPrinciple } from '../../../src/engine/communication/text/check-at.js';
import { tokenize } from '../../../src/engine/communication/text/fold.js';
import { dutchSyllables, englishSyllables, readability } from '../../../src/engine/communication/text/readability.js';
import { compileTerm, findTerm } from '../../../src/engine/communication/text/terms.js';
import type { Language } from '../../../src/engine/scenario/vocabulary.js';
import { scenarioNamed } from '../engine/support.js';

const intro = scenarioNamed('intro-market-square.json');
const check = (text: string, lang: Language = 'nl', minute = 20) => checkTextAt(intro, minute, lang, text);
const breaches = (text: string, lang: Language = 'nl', minute = 20) =>
  check(text, lang, minute)
    .filter((f) => f.verdict === 'breach')
    .map((f) => ({ code: f.code, words: f.matches.map((m) => m.text) }));

describe('matching a term', () => {
  const name = (term: string, text: string, lang: Language = 'nl') => findTerm(tokenize(text), compileTerm(term, 'name')!, lang).map((m) => m.text);
  const word = (term: string, text: string, lang: Language = 'nl') => findTerm(tokenize(text), compileTerm(term, 'word')!, lang).map((m) => m.text);

  it('ignores case and diacritics, and keeps the original characters in the match', () => {
    expect(name('Özdemir', 'Gisteren werd OZDEMIR gezien.')).toEqual(['OZDEMIR']);
    expect(name('Dennis Verhoef', 'dennis verhoef')).toEqual(['dennis verhoef']);
  });

  it('finds a name with its genitive, in Dutch and English', () => {
    expect(name('Verhoef', 'Verhoefs buren')).toEqual(['Verhoefs']);
    expect(name('Verhoef', "Verhoef's neighbours", 'en')).toEqual(["Verhoef's"]);
  });

  it('never finds a longer word that merely starts with the name', () => {
    expect(name('Verhoef', 'wethouder Verhoeven')).toEqual([]);
    expect(name('Verhoef', 'de Verhoefstraat')).toEqual([]);
    expect(name('Smit', 'de smid en de smeden')).toEqual([]);
    expect(name('Ruben', 'een rubber band')).toEqual([]);
  });

  it('finds initials with their dot and not a single letter inside a word', () => {
    expect(name('Ruben V.', 'De man, Ruben V., is aangehouden.')).toEqual(['Ruben V.']);
    expect(name('Ruben V.', 'Ruben vs. de rest')).toEqual([]);
  });

  it('finds Dutch and English inflections of an ordinary word, and a prefix written with *', () => {
    expect(word('gewonde', 'twee gewonden')).toEqual(['gewonden']);
    expect(word('radicalis*', 'hij radicaliseerde snel')).toEqual(['radicaliseerde']);
    expect(word('foreigner', 'foreigners', 'en')).toEqual(['foreigners']);
    expect(word('investigate', 'police investigated', 'en')).toEqual(['investigated']);
  });
});

describe('the text checks', () => {
  it("flag the perpetrator's name, initials and alias, with the words matched", () => {
    expect(breaches('De verdachte Dennis V. is aangehouden.')).toEqual([{ code: 'perpetrator-name', words: ['Dennis V.'] }]);
    expect(breaches('The suspect Dennis Verhoef was arrested.', 'en')).toEqual([{ code: 'perpetrator-name', words: ['Dennis Verhoef'] }]);
    expect(breaches('De dader, bekend als Den V, had een mes.')).toEqual([{ code: 'perpetrator-name', words: ['Den V'] }]);
  });

  it('report the position of each match in the original text', () => {
    const text = 'Aangehouden: Dennis V. uit Marewold.';
    const [finding] = check(text).filter((f) => f.code === 'perpetrator-name');
    const [m] = finding!.matches;
    expect(text.slice(m!.start, m!.end)).toBe('Dennis V.');
  });

  it('do not flag a stall holder who shares only the first name, nor a call not to share the photo', () => {
    expect(breaches('Dennis, a stall holder, gave first aid to the injured.', 'en')).toEqual([]);
    expect(breaches('Deel geen foto van de dader.')).toEqual([]);
  });

  it('flag motive speculation, but not a sentence that says the motive is not known yet', () => {
    expect(breaches('Het gaat vermoedelijk om een terroristische aanslag.')).toEqual([{ code: 'motive-speculation', words: ['terroristische aanslag'] }]);
    expect(breaches('Of het om een terroristische daad gaat, is nog niet bekend.')).toEqual([]);
    expect(check('Of het om een terroristische daad gaat, is nog niet bekend.').map((f) => f.code)).toContain('motive-unknown-said');
  });

  it("use the scenario's own motive and stigma terms besides the product's lists", () => {
    expect(breaches('De man was volgens buurtbewoners verward.')).toEqual([{ code: 'motive-speculation', words: ['verward'] }]);
    expect(breaches('Blijf weg bij de moskeegangers.')).toEqual([{ code: 'stigmatising', words: ['moskeegangers'] }]);
  });

  it("flag a victim's name until the family is informed, then accept it", () => {
    expect(breaches('Anneke Smit is een van de gewonden.', 'nl', 20)).toEqual([{ code: 'victim-identity', words: ['Anneke Smit'] }]);
    expect(breaches('Anneke Smit is een van de gewonden.', 'nl', 50)).toEqual([]);
  });

  it('flag a figure that contradicts the confirmed number, and accept the right one', () => {
    expect(breaches('Vijf mensen raakten gewond.')).toEqual([{ code: 'figure-contradicts-fact', words: ['Vijf mensen raakten gewond'] }]);
    expect(breaches('Seven casualties were taken to hospital.', 'en')).toEqual([{ code: 'figure-contradicts-fact', words: ['Seven casualties'] }]);
    expect(check('Drie mensen raakten gewond.').map((f) => f.code)).toContain('figure-confirmed');
    // Before the fact is confirmed (T+10) there is nothing to contradict.
    expect(breaches('Vijf mensen raakten gewond.', 'nl', 5)).toEqual([]);
  });

  it('say a clean text is clean: no breach, so the CLI exits 0', () => {
    const findings = check('Politie en ambulance zijn aan het werk op de Brink. Blijf rustig en mijd de Brink tot 15.00 uur.');
    expect(breaksPrinciple(findings)).toBe(false);
  });
});

describe('readability', () => {
  it('counts syllables by vowel groups, Dutch diphthongs once, an English silent e not', () => {
    expect(dutchSyllables('huis')).toBe(1);
    expect(dutchSyllables('burgemeester')).toBe(4);
    expect(englishSyllables('make')).toBe(1);
    expect(englishSyllables('people')).toBe(2);
  });

  it('scores short plain sentences above the B1 line and long ones with long words below it', () => {
    const plain = readability(tokenize('Blijf binnen. Sluit ramen en deuren. Zet de radio aan. Wacht op nieuws.'), 'nl');
    const dense = readability(
      tokenize('Vanwege de onverminderd voortdurende operationele werkzaamheden van de hulpverleningsdiensten wordt belanghebbenden geadviseerd zich voorlopig buiten het afgezette gebied op te houden.'),
      'nl',
    );
    expect(plain!.formula).toBe('flesch-douma');
    expect(plain!.score).toBeGreaterThanOrEqual(60);
    expect(dense!.score).toBeLessThan(60);
    expect(check('Vanwege de onverminderd voortdurende operationele werkzaamheden van de hulpverleningsdiensten wordt belanghebbenden geadviseerd zich voorlopig buiten het afgezette gebied op te houden.').map((f) => f.code)).toContain('readability-below-b1');
  });

  it('uses Flesch Reading Ease for English', () => {
    expect(readability(tokenize('Stay inside. Close your doors and windows. Listen to the radio for news.'), 'en')!.formula).toBe('flesch-reading-ease');
  });
});

interface Sentence {
  readonly lang: Language;
  readonly text: string;
  readonly expect: readonly string[];
}

describe('detector precision on the hand-made sentence set', () => {
  const set = JSON.parse(readFileSync(new URL('../../fixtures/messages/sentences.json', import.meta.url), 'utf8')) as { minute: number; sentences: Sentence[] };

  it('holds at least 60 sentences in both languages, with hits, clean sentences and near misses', () => {
    expect(set.sentences.length).toBeGreaterThanOrEqual(60);
    expect(set.sentences.some((s) => s.lang === 'nl') && set.sentences.some((s) => s.lang === 'en')).toBe(true);
    expect(set.sentences.filter((s) => s.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('finds most of what it should, and rarely what it should not (precision ≥ 0.9, recall ≥ 0.85)', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const wrong: string[] = [];
    for (const s of set.sentences) {
      const found = new Set(breaches(s.text, s.lang, set.minute).map((b) => b.code));
      for (const code of found) {
        if ((s.expect as readonly string[]).includes(code)) truePositives++;
        else {
          falsePositives++;
          wrong.push(`false hit ${code}: ${s.text}`);
        }
      }
      for (const code of s.expect) {
        if (!(found as Set<string>).has(code)) {
          falseNegatives++;
          wrong.push(`missed ${code}: ${s.text}`);
        }
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    // The numbers go into the closing note; the list says which sentences the word lists get wrong.
    console.info(`detector precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (hits ${truePositives}, false hits ${falsePositives}, misses ${falseNegatives})\n${wrong.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
