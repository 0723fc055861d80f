// A message in own words in the debrief: its text with the words the checks matched highlighted (as text
// nodes and <mark> elements, never parsed HTML), the evaluator's rating per principle beside the automatic
// findings (which stay as suggestions), and — for the trainer at the latest step — the form to rate it.
import type { Command } from '../../engine/session/types.js';
import type { Finding } from '../../engine/index.js';
import { PRINCIPLES } from '../../engine/scenario/vocabulary.js';
import { t, tDynamic } from '../../i18n/index.js';
import { el } from '../dom.js';
import type { DebriefContext } from './context.js';

// The principles an evaluator rates are the communication principles of DOMAIN.md §5, in the engine's order.
const PRINCIPLE_IDS = PRINCIPLES;
const RATINGS = ['meets', 'partly', 'misses'] as const;

/** The text with each matched span in a <mark> that says which check matched it. */
export function highlightedText(text: string, findings: readonly Finding[], lang: DebriefContext['lang']): HTMLElement {
  const spans = findings
    .flatMap((f) => (f.verdict === 'ok' ? [] : (f.matches ?? []).map((m) => ({ ...m, code: f.code }))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = el('p', { className: 'message__own-text' });
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) out.append(document.createTextNode(text.slice(at, span.start)));
    out.append(el('mark', { className: 'message__match', text: text.slice(span.start, span.end), attrs: { title: tDynamic(lang, `finding.${span.code}`, {}) } }));
    at = span.end;
  }
  if (at < text.length) out.append(document.createTextNode(text.slice(at)));
  return out;
}

/** "Evaluator rating" lines per principle, or the note that the message counts by its automatic findings. */
export function renderRatings(ctx: DebriefContext, message: string): HTMLElement | null {
  const ratings = ctx.view.ratings;
  if (ratings === null) return null;
  const { lang } = ctx;
  const mine = ratings[message] ?? {};
  const entries = PRINCIPLE_IDS.flatMap((p) => {
    const r = mine[p];
    return r ? [{ principle: p, ...r }] : [];
  });
  const items =
    entries.length === 0
      ? [el('p', { className: 'rating__none', text: t(lang, 'rating.unrated') })]
      : [
          el(
            'ul',
            { className: 'ratings' },
            entries.map((r) =>
              el('li', {
                text: t(lang, 'rating.current', {
                  principle: tDynamic(lang, `principle.${r.principle}`),
                  rating: t(lang, `rating.${r.rating}`),
                  by: r.by,
                  note: r.note ? ` — ${r.note}` : '',
                }),
              }),
            ),
          ),
        ];
  return el('div', { className: 'message__ratings' }, [el('p', { className: 'message__ratings-title', text: t(lang, 'rating.byEvaluator') }), ...items]);
}

export function renderRatingForm(ctx: DebriefContext, message: string): HTMLElement | null {
  if (ctx.view.ratings === null || !ctx.latest) return null;
  const { lang } = ctx;
  const id = `${ctx.ids.base}-rate-${message}`;
  const principle = el('select', { attrs: { id: `${id}-principle`, 'data-draft': '' } }, PRINCIPLE_IDS.map((p) => el('option', { text: tDynamic(lang, `principle.${p}`), attrs: { value: p } })));
  const rating = el('select', { attrs: { id: `${id}-rating`, 'data-draft': '' } }, RATINGS.map((r) => el('option', { text: t(lang, `rating.${r}`), attrs: { value: r } })));
  const note = el('textarea', { attrs: { id: `${id}-note`, rows: '2', maxlength: '4000', 'data-draft': '' } });
  const form = el('form', { className: 'rating-form', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.principle'), attrs: { for: principle.id } }), principle]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.value'), attrs: { for: rating.id } }), rating]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.note'), attrs: { for: note.id } }), note]),
    el('button', { className: 'button', text: t(lang, 'rating.save'), attrs: { type: 'submit', id: `${id}-submit` } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const command: Command = {
      type: 'rateMessage',
      message,
      principle: principle.value as (typeof PRINCIPLE_IDS)[number],
      rating: rating.value as (typeof RATINGS)[number],
      note: note.value.trim(),
      actor: { kind: 'trainer' },
    };
    ctx.submit(command, t(lang, 'rating.current', { principle: tDynamic(lang, `principle.${command.principle}`), rating: t(lang, `rating.${command.rating}`), by: 'trainer', note: '' }));
  });
  return el('details', { className: 'rating', attrs: { id: `${id}-details` } }, [el('summary', { text: t(lang, 'rating.title') }), form]);
}
