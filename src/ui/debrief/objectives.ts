// Ratings per Voorbereiden objective and per theme, in HSEEP terms (P/S/M/U with their meaning), each
// with its score and the criteria that make it up. The objectives carry the criteria in full; the
// themes table links to them, so each criterion is written out once.
import type { RatedGroup } from '../../engine/scoring/score.js';
import { themeById, type ThemeId } from '../../engine/strategy/index.js';
import type { ObjectiveId } from '../../engine/scenario/vocabulary.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { headingTag, type DebriefContext } from './context.js';
import { renderCriterion } from './criterion.js';
import { percent } from './format.js';
import { renderOverrideForm, renderOverrideNote } from './override.js';
import { renderStrategyBasis } from './strategy.js';

export const OBJECTIVE_ORDER: readonly ObjectiveId[] = ['VB1', 'VB2'];

/** The rating as a letter badge plus its meaning in words, so it never rests on colour or a letter alone. */
export function renderRating(group: RatedGroup, lang: Language, label: string): HTMLElement {
  const letter = group.rating === 'notExercised' ? '–' : group.rating;
  return el('div', { className: `rating rating--${group.rating}` }, [
    el('span', { className: 'rating__letter', text: letter, attrs: { 'aria-hidden': 'true' } }),
    el('p', { className: 'rating__text' }, [
      el('strong', { className: 'rating__meaning', text: `${label}: ${tDynamic(lang, `rating.${group.rating}`)}` }),
      el('span', { className: 'rating__score', text: ` · ${t(lang, 'debrief.rating.score', { score: percent(group.score, lang) })}` }),
    ]),
  ]);
}

export function renderObjectives(ctx: DebriefContext, level: number): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.ids.section('objectives-title');
  const articles: HTMLElement[] = [];
  for (const id of OBJECTIVE_ORDER) {
    const group = view.score.objectives[id];
    if (!group) continue;
    const info = view.catalogue.objectives.find((o) => o.id === id);
    const headingId = `${ctx.ids.objective(id)}-title`;
    const criteria = view.score.criteria.map((c, index) => ({ c, index })).filter(({ c }) => c.objective === id);
    const children: Node[] = [
      el(headingTag(level + 1), { className: 'objective__title', text: info ? `${id} — ${info.name[lang]}` : id, attrs: { id: headingId } }),
      renderRating(group, lang, t(lang, group.override ? 'debrief.rating.computed' : 'debrief.rating.label')),
    ];
    if (group.override) children.push(renderOverrideNote(group.override, lang));
    // HSEEP critical tasks: say which task held the rating down, so the letter is defensible on its own.
    for (const cap of group.caps ?? []) {
      children.push(el('p', { className: 'objective__cap', text: t(lang, 'debrief.rating.capped', { criterion: cap.criterion, result: tDynamic(lang, `result.${cap.result}`), cap: cap.cap }) }));
    }
    if (info) children.push(el('p', { className: 'objective__description', text: info.description[lang] }), renderStrategyBasis(info, lang));
    if (ctx.audience === 'trainer' && ctx.latest) children.push(renderOverrideForm(ctx, { objective: id }, `objective-${id}`, id));
    children.push(
      el(headingTag(level + 2), { className: 'objective__criteria-title', text: t(lang, 'debrief.objective.criteria', { count: criteria.length }) }),
      el('ol', { className: 'criteria' }, criteria.map(({ c, index }) => el('li', {}, [renderCriterion(ctx, c, index, level + 3)]))),
    );
    articles.push(el('article', { className: 'objective', attrs: { id: ctx.ids.objective(id), 'aria-labelledby': headingId } }, children));
  }
  const body = articles.length > 0 ? articles : [el('p', { text: t(lang, 'debrief.objectives.none') })];
  // A score reached with hints is another achievement: said before the ratings, not in a footnote.
  if (view.guided) body.unshift(el('p', { className: 'debrief__guided', attrs: { 'data-key': 'guided-note' }, text: t(lang, 'report.guided') }));
  return el('section', { className: 'debrief__section debrief__objectives', attrs: { 'aria-labelledby': titleId, id: ctx.ids.section('objectives') } }, [
    el(headingTag(level), { text: t(lang, 'debrief.objectives.title'), attrs: { id: titleId } }),
    ...body,
  ]);
}

export function renderThemes(ctx: DebriefContext, level: number): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.ids.section('themes-title');
  const rows = (Object.entries(view.score.themes) as [ThemeId, RatedGroup | undefined][]).flatMap(([id, group]) => {
    if (!group) return [];
    const links = view.score.criteria
      .map((c, index) => ({ c, index }))
      // A criterion scored twice (C06 for two triggers) is one link here, to its first entry: the list names criteria.
      .filter(({ c, index }, _i, all) => c.theme === id && all.findIndex((x) => x.c.criterion === c.criterion) === index)
      .map(({ c, index }) => el('a', { text: c.criterion, attrs: { href: `#${ctx.ids.criterion(index)}` } }));
    const list = el('ul', { className: 'inline-list' }, links.map((a) => el('li', {}, [a])));
    return [
      el('tr', {}, [
        el('th', { text: themeById(id).name[lang], attrs: { scope: 'row' } }),
        el('td', {}, [
          el('span', { className: `rating-chip rating-chip--${group.rating}`, text: group.rating === 'notExercised' ? '–' : group.rating, attrs: { 'aria-hidden': 'true' } }),
          el('span', { text: ` ${tDynamic(lang, `rating.${group.rating}`)}` }),
        ]),
        el('td', { text: percent(group.score, lang) }),
        el('td', {}, [list]),
      ]),
    ];
  });
  return el('section', { className: 'debrief__section debrief__themes', attrs: { 'aria-labelledby': titleId, id: ctx.ids.section('themes') } }, [
    el(headingTag(level), { text: t(lang, 'debrief.themes.title'), attrs: { id: titleId } }),
    el('table', { className: 'data-table' }, [
      el('caption', { className: 'visually-hidden', text: t(lang, 'debrief.themes.caption') }),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: t(lang, 'debrief.themes.theme'), attrs: { scope: 'col' } }),
          el('th', { text: t(lang, 'debrief.themes.rating'), attrs: { scope: 'col' } }),
          el('th', { text: t(lang, 'debrief.themes.score'), attrs: { scope: 'col' } }),
          el('th', { text: t(lang, 'debrief.themes.criteria'), attrs: { scope: 'col' } }),
        ]),
      ]),
      el('tbody', {}, rows),
    ]),
  ]);
}
