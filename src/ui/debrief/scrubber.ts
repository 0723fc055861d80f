// The replay scrubber: a slider over the steps of the command log. Moving it shows the whole debrief
// as it stood after that step — clock, structure, indicators, score — rebuilt by replaying the log.
// The slider itself is made once and kept, so dragging or arrowing through steps is never interrupted.
import type { ExerciseState } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { createBoardSlot, type BoardSlot, type LoadBoard } from '../components/board-slot.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { commandText } from './command-text.js';
import { headingTag, type DebriefContext, type Ids } from './context.js';
import { named } from './event-text.js';
import { clockWithTime, percent } from './format.js';
import { isYesNo, rangeText, valueText } from '../trainer/variables-panel.js';
import { OBJECTIVE_ORDER } from './objectives.js';

export interface ScrubberOptions {
  readonly ids: Ids;
  readonly level: number;
  onStep(step: number): void;
  /** Present when the trainer may fork: called with the step shown. */
  readonly onFork: ((step: number) => void) | null;
  /** The board's code: with it the scrubber draws the board as it stood at the step shown. */
  readonly board?: LoadBoard;
}

export interface Scrubber {
  readonly element: HTMLElement;
  render(ctx: DebriefContext, state: ExerciseState, step: number, total: number): void;
  destroy(): void;
}

function fact(term: string, value: string, wide = false): HTMLElement {
  return el('div', { className: `facts__item${wide ? ' facts__item--wide' : ''}` }, [el('dt', { text: term }), el('dd', { text: value })]);
}

function summary(ctx: DebriefContext, lang: Language): HTMLElement {
  const { view } = ctx;
  const s = view.structure;
  const level = s.scalingModel === 'grip' ? named('grip', String(s.grip), lang) : t(lang, 'debrief.state.customLevel', { level: s.grip });
  const teams = s.activeTeams.map((x) => named('team', x.team, lang)).join(', ') || t(lang, 'debrief.state.noTeams');
  const facts: HTMLElement[] = [
    fact(t(lang, 'debrief.state.clock'), clockWithTime(view.scenario.startsAt, view.minute)),
    fact(t(lang, 'debrief.state.round'), String(view.round)),
    fact(t(lang, 'debrief.state.phase'), t(lang, `debrief.phase.${view.phase}`)),
    fact(t(lang, 'debrief.state.incident'), named('incident', s.incident, lang)),
    fact(t(lang, 'debrief.state.scaling'), level),
    fact(
      t(lang, 'debrief.state.threat'),
      t(lang, 'debrief.state.threatLevels', {
        national: `${s.threatLevel.national} ${named('threat', String(s.threatLevel.national), lang)}`,
        region: `${s.threatLevel.region} ${named('threat', String(s.threatLevel.region), lang)}`,
      }),
    ),
    fact(t(lang, 'debrief.state.teams'), teams, true),
    fact(t(lang, 'debrief.state.nlAlert'), t(lang, s.nlAlert.inForce ? 'nlAlert.inForce' : 'nlAlert.none')),
  ];
  if (s.dsi !== null) facts.push(fact(t(lang, 'debrief.state.dsi'), named('dsi', s.dsi, lang)));
  for (const i of view.indicators) {
    facts.push(fact(localise(i.name, lang), isYesNo(i) ? valueText(i, lang) : `${valueText(i, lang)} (${rangeText(i, lang)})`));
  }
  for (const id of OBJECTIVE_ORDER) {
    const g = view.score.objectives[id];
    if (g) facts.push(fact(t(lang, 'debrief.state.rating', { objective: id }), `${g.rating === 'notExercised' ? t(lang, 'debrief.rating.notExercisedShort') : g.rating} (${percent(g.score, lang)})`));
  }
  return el('dl', { className: 'facts' }, facts);
}

export function createScrubber(options: ScrubberOptions): Scrubber {
  const { ids } = options;
  const titleId = ids.section('replay-title');
  const title = el(headingTag(options.level), { attrs: { id: titleId } });
  const label = el('label', { attrs: { for: ids.section('replay-step') } });
  const range = el('input', { className: 'scrubber__range', attrs: { type: 'range', id: ids.section('replay-step'), min: '0', step: '1' } });
  const previous = el('button', { className: 'button', attrs: { type: 'button', id: ids.section('replay-previous') } });
  const next = el('button', { className: 'button', attrs: { type: 'button', id: ids.section('replay-next') } });
  const end = el('button', { className: 'button', attrs: { type: 'button', id: ids.section('replay-end') } });
  const fork = el('button', { className: 'button button--primary', attrs: { type: 'button', id: ids.section('replay-fork') } });
  const position = el('p', { className: 'scrubber__position', attrs: { id: ids.section('replay-position') } });
  const body = el('div', { className: 'scrubber__state' });
  // The board at the step shown, drawn by the board module (its mount API) from the view at that step.
  const boardTitle = el(headingTag(options.level + 1), { className: 'scrubber__board-title' });
  const boardMount = el('div', { className: 'scrubber__board-mount' });
  const boardArea = el('div', { className: 'scrubber__board' }, [boardTitle, boardMount]);
  boardArea.hidden = options.board === undefined;
  let board: BoardSlot | null = null;
  let boardLang: Language | null = null;
  const controls = el('div', { className: 'scrubber__controls no-print' }, [
    el('div', { className: 'scrubber__slider' }, [label, range]),
    el('div', { className: 'scrubber__buttons' }, [previous, next, end, ...(options.onFork ? [fork] : [])]),
  ]);
  const element = el('section', { className: 'debrief__section scrubber', attrs: { 'aria-labelledby': titleId, id: ids.section('replay') } }, [title, controls, position, body, boardArea]);

  let current = 0;
  let max = 0;
  const go = (step: number) => options.onStep(Math.max(0, Math.min(max, step)));
  range.addEventListener('input', () => go(Number(range.value)));
  previous.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  end.addEventListener('click', () => go(max));
  fork.addEventListener('click', () => options.onFork?.(current));

  return {
    element,
    render(ctx, state, step, total) {
      const { lang } = ctx;
      current = step;
      max = total;
      title.textContent = t(lang, 'debrief.replay.title');
      label.textContent = t(lang, 'debrief.replay.step');
      range.max = String(total);
      if (range.value !== String(step)) range.value = String(step);
      const entry = step > 0 ? state.log.at(step - 1) : undefined;
      const where = t(lang, 'debrief.replay.position', { step, total, clock: clockWithTime(ctx.view.scenario.startsAt, ctx.view.minute) });
      range.setAttribute('aria-valuetext', where);
      position.textContent = `${where} ${entry ? t(lang, 'debrief.replay.after', { command: commandText(ctx.scenario, entry.command, lang, ctx.audience) }) : t(lang, 'debrief.replay.atStart')}`;
      previous.textContent = t(lang, 'debrief.replay.previous');
      next.textContent = t(lang, 'debrief.replay.next');
      end.textContent = t(lang, 'debrief.replay.end');
      fork.textContent = t(lang, 'debrief.replay.fork', { step });
      previous.disabled = step === 0;
      next.disabled = step >= total;
      end.disabled = step >= total;
      body.replaceChildren(
        el(headingTag(options.level + 1), { className: 'visually-hidden', text: t(lang, 'debrief.replay.stateTitle') }),
        summary(ctx, lang),
      );
      if (options.board) {
        boardTitle.textContent = t(lang, 'debrief.replay.board');
        board ??= createBoardSlot(boardMount, { lang, load: options.board, headingLevel: options.level + 2 });
        if (boardLang !== null && boardLang !== lang) board.setLanguage(lang);
        boardLang = lang;
        board.show(ctx.view);
      }
    },
    destroy() {
      board?.destroy();
      board = null;
    },
  };
}
