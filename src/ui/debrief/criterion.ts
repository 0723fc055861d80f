// One criterion under its objective: the combined result, what the engine measured and why, the
// events that prove it, the author's assessment of the options chosen, the strategy text it rests on,
// and — for the trainer — the override beside the computed result.
import type { TextT } from '../../engine/scenario/schema.js';
import type { CriterionScore } from '../../engine/scoring/score.js';
import { themeById } from '../../engine/strategy/index.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { headingTag, roomButton, type DebriefContext } from './context.js';
import { evidenceLink, renderEvidence } from './evidence.js';
import { decisionText, optionText } from './event-text.js';
import { renderOverrideForm, renderOverrideNote } from './override.js';
import { renderStrategyBasis } from './strategy.js';

const RESULT_MARK: Readonly<Record<string, string>> = { met: '✓', partly: '◐', notMet: '✗', notApplicable: '–' };

export function resultMark(result: string): HTMLElement {
  return el('span', { className: `result-mark result-mark--${result}`, text: RESULT_MARK[result] ?? '?', attrs: { 'aria-hidden': 'true' } });
}

export function explanationText(code: string, params: Readonly<Record<string, string | number>>, lang: Language): string {
  const key = `score.${code}`;
  return hasKey(lang, key) ? tDynamic(lang, key, params) : t(lang, 'debrief.explanation.unknown', { code });
}

const isText = (v: unknown): v is TextT => typeof v === 'string' || (typeof v === 'object' && v !== null && ('nl' in v || 'en' in v));

function renderAssessments(ctx: DebriefContext, c: CriterionScore, level: number): HTMLElement[] {
  if (c.assessments.length === 0) return [];
  const { lang, scenario } = ctx;
  const items = c.assessments.map((a) => {
    const head = t(lang, 'debrief.assessment.choice', {
      decision: decisionText(scenario, a.decision, lang),
      option: optionText(scenario, a.decision, a.option, lang),
    });
    const children: Node[] = [
      el('p', { className: 'assessment__choice' }, [
        el('span', { text: head }),
        ...(a.byDefault ? [el('span', { className: 'assessment__default', text: ` ${t(lang, 'debrief.assessment.byDefault')}` })] : []),
      ]),
      el('p', { className: `assessment__rating assessment__rating--${a.rating}` }, [
        resultMark(a.rating === 'meets' ? 'met' : a.rating === 'partly' ? 'partly' : 'notMet'),
        el('span', { text: ` ${t(lang, `debrief.assessment.${a.rating}`)}` }),
      ]),
    ];
    if (isText(a.feedback)) children.push(el('p', { className: 'assessment__feedback', text: localise(a.feedback, lang) }));
    if (a.event !== null && ctx.view.timeline.some((e) => e.seq === a.event)) {
      children.push(el('p', { className: 'assessment__event' }, [evidenceLink(ctx, a.event)]));
    }
    return el('li', { className: 'assessment' }, children);
  });
  return [
    el(headingTag(level), { className: 'criterion__subtitle', text: t(lang, 'debrief.assessment.title') }),
    el('ul', { className: 'assessments' }, items),
  ];
}

/** Evaluators' rated observations behind this criterion: labelled observed, not measured (the trainer's debrief only). */
function renderObserved(ctx: DebriefContext, c: CriterionScore, level: number): HTMLElement[] {
  if (c.observed.length === 0) return [];
  const { lang } = ctx;
  return [
    el(headingTag(level), { className: 'criterion__subtitle', text: t(lang, 'debrief.observed.title') }),
    el(
      'ul',
      { className: 'assessments' },
      c.observed.map((o) => el('li', { className: 'assessment' }, [el('p', { text: t(lang, 'debrief.observed.item', { rating: o.rating, by: o.by }) }), el('p', { className: 'assessment__feedback', text: o.text })])),
    ),
  ];
}

export function renderCriterion(ctx: DebriefContext, c: CriterionScore, index: number, level: number): HTMLElement {
  const { lang } = ctx;
  const info = ctx.view.catalogue.criteria.find((x) => x.id === c.criterion);
  const title = info ? `${c.criterion} — ${info.title[lang]}` : c.criterion;
  const theme = themeById(c.theme).name[lang];
  const result = el('p', { className: 'criterion__result' }, [
    resultMark(c.result),
    el('strong', { text: ` ${t(lang, c.override ? 'debrief.criterion.computed' : 'debrief.criterion.result')}: ${tDynamic(lang, `result.${c.result}`)}` }),
    el('span', { className: 'criterion__meta', text: ` · ${t(lang, 'debrief.criterion.weight', { weight: c.weight })} · ${t(lang, 'debrief.criterion.theme', { theme })}` }),
  ]);
  const children: Node[] = [el(headingTag(level), { className: 'criterion__title', text: title }), result];
  // The room follows the criterion the trainer opens: by its place in the latest score, so only at the latest step.
  if (ctx.room && ctx.latest) {
    children.push(
      roomButton(ctx.room, { kind: 'criterion', index }, `${ctx.ids.criterion(index)}-room`, {
        show: t(lang, 'debrief.room.showCriterion', { criterion: c.criterion }),
        shown: t(lang, 'debrief.room.shownCriterion', { criterion: c.criterion }),
      }),
    );
  }
  if (c.override) children.push(renderOverrideNote(c.override, lang));
  if (info) children.push(el('p', { className: 'criterion__measure', text: info.measure[lang] }));
  children.push(
    el(headingTag(level + 1), { className: 'criterion__subtitle', text: t(lang, 'debrief.criterion.measured') }),
    el(
      'ul',
      { className: 'criterion__explanations' },
      c.explanations.map((x) => el('li', { text: explanationText(x.code, x.params, lang) })),
    ),
    renderEvidence(ctx, c.evidence),
    ...renderAssessments(ctx, c, level + 1),
    ...renderObserved(ctx, c, level + 1),
  );
  if (info) {
    children.push(el('details', { className: 'criterion__basis', attrs: { id: `${ctx.ids.criterion(index)}-basis` } }, [
      el('summary', { text: t(lang, 'debrief.strategy.show') }),
      renderStrategyBasis(info, lang),
    ]));
  }
  if (ctx.audience === 'trainer' && ctx.latest) {
    children.push(renderOverrideForm(ctx, { criterion: c.criterion }, `criterion-${index}`, c.criterion));
  }
  return el('article', { className: `criterion criterion--${c.result}`, attrs: { id: ctx.ids.criterion(index), tabindex: '-1', 'data-criterion-index': String(index) } }, children);
}
