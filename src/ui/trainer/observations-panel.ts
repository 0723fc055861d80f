// Observations for the debrief: the trainer and evaluators write what they saw, pinned to a timeline
// event when it is about one. The text being written lives in the textarea itself, which updates of the
// view never replace, so an observation half-typed when a round advances is still there.
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { field, panel, type ConsoleContext } from './context.js';
import { describeEntry } from './event-names.js';
import { short } from './names.js';

/** A timeline event as the observation it is pinned to names it: its time and its sentence, no number. */
function eventWords(ctx: ConsoleContext, seq: number): string {
  const entry = ctx.view.timeline.find((e) => e.seq === seq);
  return entry ? `${clockLabel(entry.minute)} ${short(describeEntry(ctx.view, entry, ctx.lang), 90)}` : '';
}

export function pinnedText(ctx: ConsoleContext, seq: number): string {
  const what = eventWords(ctx, seq);
  return t(ctx.lang, 'trainer.observe.pinned', { what });
}

function composer(ctx: ConsoleContext): HTMLElement {
  const { lang } = ctx;
  const titleId = ctx.id('observe-title');
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '3', maxlength: '4000' } });
  const pin: Node[] =
    ctx.ui.pinned === null
      ? [el('p', { className: 'trainer-note', text: t(lang, 'trainer.observe.unpinned') })]
      : [
          el('p', { className: 'trainer-observe__pin' }, [
            el('span', { text: `${pinnedText(ctx, ctx.ui.pinned)} ` }),
            el('button', { className: 'button button--small', text: t(lang, 'trainer.observe.unpin'), attrs: { type: 'button', 'data-action': 'unpin', id: ctx.id('observe-unpin') } }),
          ]),
        ];
  return el('form', { className: 'trainer-form trainer-observe', attrs: { 'data-form': 'observe', 'aria-labelledby': titleId } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.observe.new'), attrs: { id: titleId } }),
    el('div', { attrs: { 'aria-live': 'polite', id: ctx.id('observe-pin') } }, pin),
    field(ctx, 'observe-text', t(lang, 'trainer.observe.text'), text),
    el('button', { className: 'button button--primary', text: t(lang, 'trainer.observe.submit'), attrs: { type: 'submit', id: ctx.id('observe-submit') } }),
  ]);
}

export function renderObservationsPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const listTitle = ctx.id('observations-list-title');
  const list =
    view.observations.length === 0
      ? el('p', { className: 'trainer-note', text: t(lang, 'trainer.observe.none') })
      : el(
          'ul',
          { className: 'trainer-observations', attrs: { 'aria-labelledby': listTitle } },
          [...view.observations].reverse().map((o) => {
            const by = o.by === 'trainer' ? t(lang, 'trainer.actor.trainer') : o.by === 'evaluator' ? t(lang, 'trainer.actor.evaluator') : o.by;
            const meta = [clockLabel(o.minute), t(lang, 'trainer.observe.by', { by })];
            if (o.event !== null) meta.push(t(lang, 'trainer.observe.at', { what: eventWords(ctx, o.event) }));
            return el('li', { className: 'trainer-observation', attrs: { 'data-key': `observation-${o.seq}` } }, [
              el('p', { className: 'trainer-observation__meta', text: meta.join(' · ') }),
              el('p', { className: 'trainer-observation__text', text: o.text }),
            ]);
          }),
        );
  return panel(ctx, 'observations', t(lang, 'trainer.observe.title'), [
    composer(ctx),
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.observe.list', { count: view.observations.length }), attrs: { id: listTitle } }),
    list,
  ]);
}
