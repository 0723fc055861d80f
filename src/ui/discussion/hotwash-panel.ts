// The hotwash right after play (HSEEP): strengths and areas for improvement from each table, typed by the
// trainer as the room says them (tables may type their own on their screens), recorded before any score is
// shown. Beside it the feedback forms: how many came in, and the trainer can type in a paper form.
import type { TrainerView } from '../../engine/views/index.js';
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { field, panel, type ConsoleContext } from '../trainer/context.js';
import { tableName } from '../trainer/names.js';
import { feedbackFields, feedbackItemText } from './feedback-fields.js';

type Note = TrainerView['discussion']['hotwash'][number];

export const HOTWASH_PHASES: readonly string[] = ['hotwash', 'debrief', 'ended'];

function noteList(ctx: ConsoleContext, kind: Note['kind']): HTMLElement {
  const { lang, view } = ctx;
  const notes = view.discussion.hotwash.filter((n) => n.kind === kind);
  const title = ctx.id(`hotwash-${kind}-title`);
  return el('div', { className: `hotwash__list hotwash__list--${kind}` }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, `discussion.hotwash.${kind}s`, { count: notes.length }), attrs: { id: title } }),
    notes.length === 0
      ? el('p', { className: 'trainer-note', text: t(lang, 'discussion.hotwash.none') })
      : el(
          'ul',
          { attrs: { 'aria-labelledby': title } },
          notes.map((n) =>
            el('li', { attrs: { 'data-key': `hotwash-${n.seq}` } }, [
              el('strong', { text: `${n.table === null ? t(lang, 'discussion.hotwash.room') : tableName(view, n.table, lang)}: ` }),
              el('span', { text: n.text }),
            ]),
          ),
        ),
  ]);
}

function hotwashForm(ctx: ConsoleContext, open: boolean): HTMLElement {
  const { lang, view } = ctx;
  const kind = el('select', { className: 'trainer-input', attrs: { name: 'kind' } }, [
    el('option', { text: t(lang, 'discussion.hotwash.strength'), attrs: { value: 'strength' } }),
    el('option', { text: t(lang, 'discussion.hotwash.improvement'), attrs: { value: 'improvement' } }),
  ]);
  const table = el('select', { className: 'trainer-input', attrs: { name: 'table' } }, [
    el('option', { text: t(lang, 'discussion.hotwash.room'), attrs: { value: '' } }),
    ...view.settings.tables.map((tb) => el('option', { text: tableName(view, tb.id, lang), attrs: { value: tb.id } })),
  ]);
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '2', maxlength: '4000', required: '' } });
  return el('form', { className: 'trainer-form', attrs: { 'data-form': 'hotwash', 'aria-labelledby': ctx.id('hotwash-form-title') } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.hotwash.new'), attrs: { id: ctx.id('hotwash-form-title') } }),
    field(ctx, 'hotwash-kind', t(lang, 'discussion.hotwash.kind'), kind),
    field(ctx, 'hotwash-table', t(lang, 'discussion.hotwash.from'), table),
    field(ctx, 'hotwash-text', t(lang, 'discussion.hotwash.text'), text),
    el('button', { className: 'button button--primary', text: t(lang, 'discussion.hotwash.submit'), attrs: { type: 'submit', 'aria-disabled': String(!open), id: ctx.id('hotwash-submit') } }),
  ]);
}

function feedbackPart(ctx: ConsoleContext, open: boolean): Node[] {
  const { lang, view } = ctx;
  const summary = view.discussion.feedback;
  const nodes: Node[] = [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.feedback.title') }),
    el('p', { className: 'trainer-note', text: t(lang, 'discussion.feedback.where') }),
    el('p', { attrs: { 'data-key': 'feedback-count' }, text: t(lang, 'discussion.feedback.responses', { count: summary?.responses ?? 0 }) }),
  ];
  if (summary && summary.ratings.length > 0) {
    nodes.push(el('ul', { className: 'feedback__summary' }, summary.ratings.map((r) => el('li', { text: t(lang, 'discussion.feedback.mean', { item: feedbackItemText(r.item, lang), mean: r.mean, count: r.count }) }))));
  }
  if (open) {
    nodes.push(
      el('details', { className: 'feedback__paper' }, [
        el('summary', { text: t(lang, 'discussion.feedback.paper') }),
        el('form', { className: 'trainer-form feedback', attrs: { 'data-form': 'feedback', 'aria-label': t(lang, 'discussion.feedback.paper') } }, [
          ...feedbackFields(view.discussion.feedbackItems, lang),
          el('button', { className: 'button', text: t(lang, 'discussion.feedback.submit'), attrs: { type: 'submit', id: ctx.id('feedback-paper-submit') } }),
        ]),
      ]),
    );
  }
  return nodes;
}

export function renderHotwashPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const open = HOTWASH_PHASES.includes(view.phase);
  return panel(ctx, 'hotwash', t(lang, 'discussion.hotwash.title'), [
    el('p', { className: 'trainer-note', text: t(lang, open ? 'discussion.hotwash.intro' : 'discussion.hotwash.later') }),
    ...(open ? [hotwashForm(ctx, open)] : []),
    noteList(ctx, 'strength'),
    noteList(ctx, 'improvement'),
    ...feedbackPart(ctx, open),
  ]);
}
