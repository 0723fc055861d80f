// The timeline as a table: a row per role (and one for the projector), a column per round with its
// scenario time (T+mm and the time of day), and the injects and opening decisions in their cells, each
// with its id linked to its place in the file. Kinds are written out, never told by colour alone.
import type { Path } from '../../engine/scenario/paths.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel, scenarioTime } from '../components/clock.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import type { Timeline, TimelineColumn, TimelineItem } from './timeline-model.js';

export interface TimelineViewOptions {
  readonly lang: Language;
  /** Where a part of the file starts and the id of its line, or null when the text is not shown. */
  readonly place: (path: Path) => { readonly line: number; readonly column: number; readonly id: string } | null;
  readonly reveal: (line: number, column: number) => void;
}

const LABEL_CHARS = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_CHARS ? flat : `${flat.slice(0, LABEL_CHARS - 1)}…`;
}

function columnHeader(column: TimelineColumn, scenario: Scenario, lang: Language): HTMLTableCellElement {
  if (column.kind !== 'round') {
    return el('th', { className: 'author-timeline__column author-timeline__column--wide', text: t(lang, column.kind === 'condition' ? 'author.timeline.condition' : 'author.timeline.trainer'), attrs: { scope: 'col' } });
  }
  const minute = column.minute ?? 0;
  const when = scenarioTime(scenario.setting.startsAt, minute, lang);
  return el('th', { className: 'author-timeline__column', attrs: { scope: 'col' } }, [
    el('span', { className: 'author-timeline__round', text: t(lang, 'author.timeline.round', { round: column.round ?? 0 }) }),
    document.createTextNode(' '),
    el('span', { className: 'author-timeline__time', text: when ? `${clockLabel(minute)} · ${when.time}` : clockLabel(minute) }),
  ]);
}

function itemNotes(item: TimelineItem, column: TimelineColumn, lang: Language): string[] {
  const notes: string[] = [];
  if (item.at !== undefined && (column.kind !== 'round' || item.at !== column.minute)) notes.push(t(lang, 'author.timeline.due', { time: clockLabel(item.at) }));
  if (item.laterBy !== undefined) notes.push(t(lang, 'author.timeline.laterBy', { minutes: item.laterBy }));
  if (item.projector) notes.push(t(lang, 'author.timeline.projector'));
  if (item.alsoWhen) notes.push(t(lang, 'author.timeline.alsoWhen'));
  if (item.deadlineRounds !== undefined) notes.push(t(lang, item.deadlineRounds === 1 ? 'author.timeline.deadline.one' : 'author.timeline.deadline.other', { rounds: item.deadlineRounds }));
  return notes;
}

function renderItem(item: TimelineItem, column: TimelineColumn, options: TimelineViewOptions): HTMLLIElement {
  const { lang } = options;
  const place = options.place(item.path);
  let id: HTMLElement;
  if (place === null) {
    id = el('code', { className: 'author-item__id', text: item.id });
  } else {
    id = el('a', { className: 'author-item__id', attrs: { href: `#${place.id}`, 'aria-label': t(lang, 'author.timeline.idLink', { id: item.id, line: place.line }) } }, [el('code', { text: item.id })]);
    id.addEventListener('click', (event) => {
      event.preventDefault();
      options.reveal(place.line, place.column);
    });
  }
  const notes = itemNotes(item, column, lang);
  return el('li', { className: `author-item author-item--${item.kind}` }, [
    el('span', { className: 'author-item__kind', text: t(lang, item.kind === 'inject' ? 'author.timeline.inject' : 'author.timeline.decision') }),
    document.createTextNode(' '),
    id,
    document.createTextNode(' '),
    el('span', { className: 'author-item__label', text: shorten(localise(item.label, lang)) }),
    ...(notes.length === 0 ? [] : [document.createTextNode(' '), el('span', { className: 'author-item__notes', text: `(${notes.join('; ')})` })]),
  ]);
}

export function renderTimeline(timeline: Timeline, scenario: Scenario, captionId: string, options: TimelineViewOptions): HTMLTableElement {
  const { lang } = options;
  const head = el('tr', {}, [el('th', { className: 'author-timeline__corner', text: t(lang, 'author.timeline.role'), attrs: { scope: 'col' } }), ...timeline.columns.map((c) => columnHeader(c, scenario, lang))]);
  const body = timeline.rows.map((row) =>
    el('tr', {}, [
      el('th', { className: 'author-timeline__role', text: row.role === null ? t(lang, 'author.timeline.projectorRow') : localise(row.role.name, lang), attrs: { scope: 'row' } }),
      ...timeline.columns.map((column) => {
        const items = row.cells.get(column.key) ?? [];
        return el('td', { className: 'author-timeline__cell' }, items.length === 0 ? [] : [el('ul', { className: 'author-timeline__items' }, items.map((item) => renderItem(item, column, options)))]);
      }),
    ]),
  );
  return el('table', { className: 'author-timeline__table', attrs: { 'aria-describedby': captionId } }, [el('thead', {}, [head]), el('tbody', {}, body)]);
}
