// The timeline of everything that happened, newest first, each entry with a button to pin an
// observation to it. The list scrolls on its own, so a long exercise does not push the rest away.
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { panel, type ConsoleContext } from './context.js';
import { describeEntry } from './event-names.js';

export function renderTimelinePanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const titleText = t(lang, 'trainer.timeline.title');
  const observed = new Map<number, number>();
  for (const o of view.observations) if (o.event !== null) observed.set(o.event, (observed.get(o.event) ?? 0) + 1);
  const entries = [...view.timeline].reverse().map((e) => {
    const pinned = ctx.ui.pinned === e.seq;
    const count = observed.get(e.seq) ?? 0;
    const body: Node[] = [
      el('span', { className: 'trainer-timeline__when', text: `#${e.seq} · ${t(lang, 'trainer.when', { clock: clockLabel(e.minute), round: e.round })}` }),
      el('span', { className: 'trainer-timeline__text', text: describeEntry(view, e, lang) }),
    ];
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
          'aria-label': `${t(lang, 'trainer.timeline.observe')} ${t(lang, 'trainer.timeline.observeAt', { seq: e.seq })}`,
          id: ctx.id(`observe-${e.seq}`),
        },
      }),
    );
    return el('li', { className: `trainer-timeline__entry trainer-timeline__entry--${e.kind}${pinned ? ' is-pinned' : ''}`, attrs: { 'data-key': `event-${e.seq}` } }, body);
  });
  return panel(ctx, 'timeline', titleText, [
    el('div', { className: 'trainer-timeline', attrs: { role: 'region', tabindex: '0', 'aria-label': t(lang, 'trainer.timeline.list'), id: ctx.id('timeline-scroll') } }, [
      el('ul', { className: 'trainer-timeline__list' }, entries),
    ]),
  ]);
}
