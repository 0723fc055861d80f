// The timeline of everything that happened, newest first, in plain words (src/i18n/event-words.ts), each
// entry with a button to pin an observation to it. A filter narrows it to what the trainer is after; by
// default the random draws and variable changes stay out (the engine's bookkeeping, not the room's story).
// The list scrolls on its own, so a long exercise does not push the rest away.
import { EVENT_GROUPS, eventGroupOf } from '../../i18n/event-words.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { field, panel, type ConsoleContext } from './context.js';
import { describeEntry } from './event-names.js';

type Entry = ConsoleContext['view']['timeline'][number];

export function timelineShows(filter: string, e: Entry): boolean {
  const group = eventGroupOf(e.kind);
  if (filter === 'all') return true;
  if (filter === 'main') return group !== 'draws';
  return group === filter;
}

function filterControl(ctx: ConsoleContext): HTMLElement {
  const { lang } = ctx;
  const options = [
    { value: 'main', label: t(lang, 'trainer.timeline.filterMain') },
    { value: 'all', label: t(lang, 'trainer.timeline.filterAll') },
    ...EVENT_GROUPS.map((g) => ({ value: g, label: t(lang, `trainer.timeline.group.${g}` as MessageKey) })),
  ];
  const select = el(
    'select',
    { className: 'trainer-input', attrs: { 'data-change': 'timeline-filter' } },
    options.map((o) => el('option', { text: o.label, attrs: { value: o.value, 'data-key': `filter-${o.value}` } })),
  );
  for (const option of select.querySelectorAll('option')) if (option.value === ctx.ui.timelineFilter) option.setAttribute('selected', '');
  return field(ctx, 'timeline-filter', t(lang, 'trainer.timeline.filter'), select);
}

export function renderTimelinePanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const titleText = t(lang, 'trainer.timeline.title');
  const observed = new Map<number, number>();
  for (const o of view.observations) if (o.event !== null) observed.set(o.event, (observed.get(o.event) ?? 0) + 1);
  const shown = view.timeline.filter((e) => timelineShows(ctx.ui.timelineFilter, e));
  const entries = [...shown].reverse().map((e) => {
    const pinned = ctx.ui.pinned === e.seq;
    const count = observed.get(e.seq) ?? 0;
    const when = t(lang, 'trainer.when', { clock: clockLabel(e.minute), round: e.round });
    const text = describeEntry(view, e, lang);
    const body: Node[] = [el('span', { className: 'trainer-timeline__when', text: when }), el('span', { className: 'trainer-timeline__text', text })];
    if (count > 0) body.push(el('span', { className: 'trainer-tag', text: t(lang, 'trainer.timeline.observed', { count }) }));
    body.push(
      // The visible word starts the accessible name, which adds the event it is about (WCAG 2.5.3).
      el('button', {
        className: 'button button--small trainer-timeline__observe',
        text: t(lang, 'trainer.timeline.observe'),
        attrs: {
          type: 'button',
          'data-action': 'observe',
          'data-event': String(e.seq),
          'aria-pressed': String(pinned),
          'aria-label': `${t(lang, 'trainer.timeline.observe')} ${t(lang, 'trainer.timeline.observeAt', { what: `${when}: ${text.slice(0, 60)}` })}`,
          id: ctx.id(`observe-${e.seq}`),
        },
      }),
    );
    return el('li', { className: `trainer-timeline__entry trainer-timeline__entry--${e.kind}${pinned ? ' is-pinned' : ''}`, attrs: { 'data-key': `event-${e.seq}` } }, body);
  });
  return panel(ctx, 'timeline', titleText, [
    el('div', { className: 'trainer-timeline__filter' }, [
      filterControl(ctx),
      el('p', { className: 'trainer-note', text: t(lang, 'trainer.timeline.shown', { shown: shown.length, total: view.timeline.length }) }),
    ]),
    el('div', { className: 'trainer-timeline', attrs: { role: 'region', tabindex: '0', 'aria-label': t(lang, 'trainer.timeline.list'), id: ctx.id('timeline-scroll') } }, [
      entries.length > 0 ? el('ul', { className: 'trainer-timeline__list' }, entries) : el('p', { className: 'trainer-note', text: t(lang, 'trainer.timeline.empty') }),
    ]),
  ]);
}
