// Every code the engine can refuse with, every explanation the scoring gives and every event kind a
// timeline shows is worded in Dutch and in English. The codes are collected from the source, so a new
// refusal or explanation without its text fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { scoreExercise } from '../../../src/engine/index.js';
import { hasKey, LANGUAGES, tDynamic } from '../../../src/i18n/index.js';
import { refusals } from '../../../src/i18n/strings/refusals.js';
import { scoring } from '../../../src/i18n/strings/scoring.js';
import { simulate } from '../../../src/i18n/strings/simulate.js';
import { randomPlay, SCENARIOS } from './support.js';

const ENGINE = fileURLToPath(new URL('../../../src/engine/', import.meta.url));

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(`${ENGINE}${dir}`).flatMap((name) => {
    const path = `${ENGINE}${dir}/${name}`;
    if (statSync(path).isDirectory()) return sources(`${dir}/${name}`);
    return name.endsWith('.ts') ? [{ file: `${dir}/${name}`, text: readFileSync(path, 'utf8') }] : [];
  });
}

const matches = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] as string);

/** Refusal codes: refuse('x'), refused('x') and { code: 'x' } in the reducer, the machines, the composer and the bundle reader. */
function refusalCodes(): string[] {
  const files = [...sources('session'), ...sources('machines'), ...sources('communication').filter((f) => f.file.endsWith('message.ts'))];
  const codes = files.flatMap(({ text }) => [...matches(text, /\brefused?\('([a-z][a-z-]*)'/g), ...matches(text, /\bcode: '([a-z][a-z-]*)'/g)]);
  return [...new Set(codes)].sort();
}

/** Explanation codes: dotted literals in the criteria, with the suffixes the shared helpers add to a base. */
function scoringCodes(): string[] {
  const text = sources('scoring').map((f) => f.text).join('\n');
  const codes = new Set(matches(text, /'([a-z-]+(?:\.[a-z-]+)+)'/g));
  for (const base of matches(text, /timed(?:Verdict|FromKnowledge)\([^;]*?'([a-z.-]+)'\s*,?\s*\)/gs)) for (const s of ['done', 'before', 'pending', 'missing']) codes.add(`${base}.${s}`);
  for (const base of matches(text, /principleOverMessages\(state, '[A-Za-z]+', '([a-z-]+)'\)/g)) for (const s of ['no-messages', 'breach', 'partly', 'clean']) codes.add(`${base}.${s}`);
  // A timed base is not itself an explanation.
  return [...codes].filter((c) => !(codes.has(`${c}.done`) && codes.has(`${c}.missing`))).sort();
}

function eventKinds(): string[] {
  const text = sources('').map((f) => f.text).join('\n');
  return [...new Set([...matches(text, /\bemit\('([a-zA-Z]+)'/g), ...matches(text, /kind: '(undone)'/g)])].sort();
}

const missingIn = (keys: readonly string[]) =>
  LANGUAGES.flatMap((lang) => keys.filter((k) => !hasKey(lang, k) || tDynamic(lang, k).trim() === '').map((k) => `${lang}:${k}`));

// A plural "{count|one|other}" is a placeholder like "{count}".
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

describe('engine wording', () => {
  it('translates every refusal code the engine can produce, in Dutch and English', () => {
    const codes = refusalCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes).toEqual(expect.arrayContaining(['not-your-turn', 'nothing-to-undo', 'override-needs-reason', 'bundle-scenario-mismatch', 'not-now']));
    expect(missingIn(codes.map((c) => `refusal.${c}`))).toEqual([]);
  });

  it('explains every scoring outcome, in Dutch and English', () => {
    const codes = scoringCodes();
    expect(codes).toEqual(expect.arrayContaining(['first-message.done', 'scaling.team.missing', 'perpetrator.clean', 'teams.convened']));
    expect(missingIn(codes.map((c) => `score.${c}`))).toEqual([]);
  });

  it('names the ratings, the results and every event kind of a timeline', () => {
    const kinds = eventKinds();
    expect(kinds).toEqual(expect.arrayContaining(['injectDelivered', 'roll', 'deadlinePassed', 'undone']));
    const keys = [
      ...['P', 'S', 'M', 'U', 'notExercised'].map((r) => `rating.${r}`),
      ...['met', 'partly', 'notMet', 'notApplicable'].map((r) => `result.${r}`),
      ...kinds.map((k) => `event.${k}`),
    ];
    expect(missingIn(keys)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const group of [refusals, scoring, simulate]) {
      const en = group.en as Record<string, string>;
      for (const [key, nl] of Object.entries(group.nl as Record<string, string>)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(nl));
    }
  });

  it('words every refusal and explanation met in actual play, filling every placeholder', () => {
    const refusalsSeen: { code: string; params: Record<string, string | number> }[] = [];
    const explanations: { code: string; params: Record<string, string | number> }[] = [];
    for (const { scenario } of SCENARIOS) {
      const picks = Array.from({ length: 40 }, (_, i) => (i * 7919 + 13) % 1000);
      const { states } = randomPlay(scenario, 'words', picks);
      const last = states.at(-1);
      if (last) refusalsSeen.push(...last.attempts.map((a) => ({ code: a.refusal.code, params: { ...a.refusal.params } })));
      for (const policy of ['doctrine', 'poor'] as const) {
        const { state } = playExercise(scenario, 'words', policy);
        for (const c of scoreExercise(scenario, state).criteria) explanations.push(...c.engine.explanations.map((x) => ({ code: x.code, params: { ...x.params } })));
      }
    }
    expect(refusalsSeen.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      for (const r of refusalsSeen) expect(tDynamic(lang, `refusal.${r.code}`, r.params), r.code).not.toMatch(/\{\w+\}|^refusal\./);
      for (const x of explanations) expect(tDynamic(lang, `score.${x.code}`, x.params), x.code).not.toMatch(/\{\w+\}|^score\./);
    }
  }, 60_000);
});
