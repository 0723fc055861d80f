// Per Voorbereiden objective the current rating (P/S/M/U, or not exercised), written out in full so the
// letter is never the only signal. The trainer console shows it live; the projector at the debrief.
import '../../styles/objective-ratings.css';
import type { ScoreReport } from '../../engine/scoring/score.js';
import { OBJECTIVE_CATALOGUE } from '../../engine/strategy/index.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import type { HeadingLevel } from '../components/scenario-card.js';
import { el, uniqueId } from '../dom.js';
import { numberText } from './names.js';

export interface ObjectiveRatingsOptions {
  readonly headingLevel?: HeadingLevel;
  readonly id?: string;
  readonly title?: string;
  readonly large?: boolean;
  /**
   * Play still runs: an objective none of whose criteria could be judged yet says "not yet judged", not
   * "not exercised" — the latter is a verdict on the whole exercise and only holds once play has ended.
   */
  readonly playing?: boolean;
  /** Guided mode: the ratings were reached with hints, and say so. */
  readonly guided?: boolean;
}

export function renderObjectiveRatings(score: ScoreReport, lang: Language, options: ObjectiveRatingsOptions = {}): HTMLElement {
  const id = options.id ?? uniqueId('ratings');
  const level = options.headingLevel ?? 2;
  const items = OBJECTIVE_CATALOGUE.map((objective) => {
    const group = score.objectives[objective.id];
    const rating = group?.rating ?? 'notExercised';
    const shown = group?.override ? group.override.rating : rating;
    const notYet = options.playing === true && shown === 'notExercised';
    const value: Node[] = [
      el('span', { className: `objective-rating__letter objective-rating__letter--${shown}`, text: shown === 'notExercised' ? '–' : shown, attrs: { 'aria-hidden': 'true' } }),
      el('span', { className: 'objective-rating__text', text: notYet ? t(lang, 'trainer.score.notYet') : tDynamic(lang, `rating.${shown}`) }),
    ];
    if (group?.score !== null && group?.score !== undefined) {
      value.push(el('span', { className: 'objective-rating__score', text: ` (${t(lang, 'trainer.score.percent', { percent: numberText(group.score * 100, lang, 0) })})` }));
    }
    if (group?.override) {
      value.push(
        el('span', {
          className: 'objective-rating__override',
          text: ` ${t(lang, 'trainer.score.computed', { rating: tDynamic(lang, `rating.${rating}`) })}; ${t(lang, 'report.override', { rating: group.override.rating, reason: group.override.reason })}`,
        }),
      );
    }
    return el('div', { className: 'objective-rating', attrs: { 'data-key': `objective-${objective.id}` } }, [
      el('dt', { className: 'objective-rating__objective' }, [
        el('span', { className: 'objective-rating__id', text: `${objective.id} ` }),
        document.createTextNode(objective.name[lang]),
      ]),
      el('dd', { className: 'objective-rating__value' }, value),
    ]);
  });
  const judged = score.criteria.filter((c) => c.result !== 'notApplicable').length;
  const note = options.playing
    ? [el('p', { className: 'objective-ratings__note', text: judged === 0 ? t(lang, 'trainer.score.noneYet') : t(lang, 'trainer.score.judged', { judged, total: score.criteria.length }) })]
    : [];
  return el('section', { className: `objective-ratings${options.large ? ' objective-ratings--large' : ''}`, attrs: { 'aria-labelledby': `${id}-title`, 'data-key': id } }, [
    el(`h${level}`, { className: 'objective-ratings__title', text: options.title ?? t(lang, 'trainer.score.title'), attrs: { id: `${id}-title` } }),
    ...note,
    el('dl', { className: 'objective-ratings__list' }, items),
    ...(options.guided ? [el('p', { className: 'objective-ratings__guided', attrs: { 'data-key': 'guided-note' }, text: t(lang, 'report.guided') })] : []),
  ]);
}
