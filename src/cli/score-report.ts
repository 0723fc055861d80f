// The score report of a simulated run, as text lines or as plain JSON: per objective its HSEEP rating
// and score, per criterion its result with the explanation and the events that prove it, per theme.
import type { ScoreReport, Scenario } from '../engine/index.js';
import { criterionById, objectiveById, themeById } from '../engine/strategy/index.js';
import { t, tDynamic, type Language } from '../i18n/index.js';

const fixed = (score: number | null): string => (score === null ? '-' : score.toFixed(2));

function explain(lang: Language, explanations: readonly { code: string; params: Readonly<Record<string, string | number>> }[]) {
  return explanations.map((x) => ({ code: x.code, params: x.params, text: tDynamic(lang, `score.${x.code}`, x.params) }));
}

export function scoreJson(scenario: Scenario, score: ScoreReport, lang: Language) {
  const objectives: Record<string, unknown> = {};
  for (const [id, g] of Object.entries(score.objectives)) {
    if (!g) continue;
    objectives[id] = {
      name: objectiveById(id as 'VB1').name[lang],
      rating: g.rating,
      meaning: tDynamic(lang, `rating.${g.rating}`),
      score: g.score,
      criteria: g.criteria,
      caps: g.caps,
      override: g.override,
    };
  }
  const themes: Record<string, unknown> = {};
  for (const [id, g] of Object.entries(score.themes)) {
    if (g) themes[id] = { name: themeById(id as 'communicatie').name[lang], rating: g.rating, score: g.score, criteria: g.criteria };
  }
  return {
    scenario: scenario.id,
    objectives,
    criteria: score.criteria.map((c) => ({
      criterion: c.criterion,
      title: criterionById(c.criterion).title[lang],
      objective: c.objective,
      theme: c.theme,
      weight: c.weight,
      result: c.result,
      explanations: explain(lang, c.explanations),
      critical: c.critical,
      assessments: c.assessments.map((a) => ({ decision: a.decision, option: a.option, rating: a.rating, byDefault: a.byDefault, event: a.event })),
      evidence: c.evidence,
      override: c.override,
    })),
    themes,
  };
}

export function scoreLines(score: ScoreReport, lang: Language): string[] {
  const out: string[] = [t(lang, 'report.objectives')];
  for (const [id, g] of Object.entries(score.objectives)) {
    if (!g) continue;
    out.push(`${id}  ${g.rating}  ${t(lang, 'report.score')} ${fixed(g.score)}  ${objectiveById(id as 'VB1').name[lang]}`);
    out.push(`     ${tDynamic(lang, `rating.${g.rating}`)}`);
    for (const cap of g.caps) out.push(`     ${t(lang, 'debrief.rating.capped', { criterion: cap.criterion, result: tDynamic(lang, `result.${cap.result}`), cap: cap.cap })}`);
    if (g.override) out.push(`     ${t(lang, 'report.override', { rating: g.override.rating, reason: g.override.reason })}`);
  }
  out.push('', t(lang, 'report.criteria'));
  for (const c of score.criteria) {
    const head = [c.criterion, tDynamic(lang, `result.${c.result}`), c.objective, c.theme, `${t(lang, 'report.weight')} ${c.weight}`, criterionById(c.criterion).title[lang], ...(c.critical ? [t(lang, 'report.critical')] : [])];
    out.push(head.join('  '));
    for (const x of explain(lang, c.explanations)) out.push(`     ${x.text}`);
    for (const a of c.assessments) out.push(`     ${t(lang, 'report.assessment', { decision: a.decision, option: a.option, rating: a.rating })}`);
    const evidence = c.evidence.length > 0 ? c.evidence.map((s) => `#${s}`).join(', ') : t(lang, 'report.noEvidence');
    out.push(`     ${t(lang, 'report.evidence')}: ${evidence}`);
    if (c.override) out.push(`     ${t(lang, 'report.override', { rating: c.override.rating, reason: c.override.reason })}`);
  }
  out.push('', t(lang, 'report.themes'));
  for (const [id, g] of Object.entries(score.themes)) {
    if (g) out.push(`${id}  ${g.rating}  ${t(lang, 'report.score')} ${fixed(g.score)}  ${themeById(id as 'communicatie').name[lang]}`);
  }
  return out;
}
