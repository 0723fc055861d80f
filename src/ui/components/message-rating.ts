// Rating a message in own words, wherever an evaluator meets it: in the debrief and in the evaluator's (and
// trainer's) console during play. One component: the text with the words the checks matched highlighted
// (text nodes and <mark> elements, never parsed HTML), the ratings recorded per principle, and the form
// whose submit becomes the logged rateMessage command. The screen decides who sends it (its actor) and how
// it listens (the debrief on the form, the console by delegation from its root, as morph keeps nodes).
import type { CommandBody, ExerciseState, Finding } from '../../engine/index.js';
import { PRINCIPLES } from '../../engine/scenario/vocabulary.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

// The principles an evaluator rates are the communication principles of DOMAIN.md §5, in the engine's order.
const RATINGS = ['meets', 'partly', 'misses'] as const;

export type MessageRatings = NonNullable<ExerciseState['ratings']>;

/** The text with each matched span in a <mark> that says which check matched it. */
export function highlightedText(text: string, findings: readonly Pick<Finding, 'code' | 'verdict' | 'matches'>[], lang: Language): HTMLElement {
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

const VERDICT_MARK: Readonly<Record<string, string>> = { ok: '✓', partly: '◐', breach: '✗' };

/** The automatic findings of a message, each with its principle, verdict, explanation and the words it matched. */
export function findingList(lang: Language, findings: readonly Finding[], none: string): HTMLElement {
  if (findings.length === 0) return el('p', { className: 'findings__none', text: none });
  return el(
    'ul',
    { className: 'findings' },
    findings.map((finding) =>
      el('li', { className: `finding finding--${finding.verdict}` }, [
        el('span', { className: `verdict-mark verdict-mark--${finding.verdict}`, text: VERDICT_MARK[finding.verdict] ?? '?', attrs: { 'aria-hidden': 'true' } }),
        el('strong', { text: ` ${tDynamic(lang, `principle.${finding.principle}`)}` }),
        el('span', { className: 'finding__verdict', text: ` — ${tDynamic(lang, `communication.verdict.${finding.verdict}`)}: ` }),
        el('span', { className: 'finding__text', text: tDynamic(lang, `finding.${finding.code}`, finding.params) }),
        ...(finding.matches && finding.matches.length > 0
          ? [el('span', { className: 'finding__matched', text: ` (${t(lang, 'own.matched', { words: [...new Set(finding.matches.map((x) => `«${x.text}»`))].join(', ') })})` })]
          : []),
      ]),
    ),
  );
}

/** "Evaluator rating" lines per principle, or the note that the message counts by its automatic findings. */
export function ratingList(lang: Language, ratings: MessageRatings, message: string): HTMLElement {
  const mine = ratings[message] ?? {};
  const entries = PRINCIPLES.flatMap((p) => {
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

/**
 * The rating form in a disclosure: principle, rating and note, named controls (read back by readRating).
 * `id` makes the controls' ids; `formAttrs` lets a screen that delegates its submits mark the form.
 */
export function ratingForm(lang: Language, id: string, formAttrs: Readonly<Record<string, string>> = {}): HTMLElement {
  const principle = el(
    'select',
    { attrs: { id: `${id}-principle`, name: 'principle', 'data-draft': '' } },
    PRINCIPLES.map((p) => el('option', { text: tDynamic(lang, `principle.${p}`), attrs: { value: p } })),
  );
  const rating = el('select', { attrs: { id: `${id}-rating`, name: 'rating', 'data-draft': '' } }, RATINGS.map((r) => el('option', { text: t(lang, `rating.${r}`), attrs: { value: r } })));
  const note = el('textarea', { attrs: { id: `${id}-note`, name: 'note', rows: '2', maxlength: '4000', 'data-draft': '' } });
  const form = el('form', { className: 'rating-form', attrs: { novalidate: '', ...formAttrs } }, [
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.principle'), attrs: { for: principle.id } }), principle]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.value'), attrs: { for: rating.id } }), rating]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'rating.note'), attrs: { for: note.id } }), note]),
    el('button', { className: 'button', text: t(lang, 'rating.save'), attrs: { type: 'submit', id: `${id}-submit` } }),
  ]);
  return el('details', { className: 'rating', attrs: { id: `${id}-details` } }, [el('summary', { text: t(lang, 'rating.title') }), form]);
}

/** The rateMessage command a filled-in rating form stands for (without its actor: the screen adds its own). */
export function readRating(form: HTMLFormElement, message: string): Extract<CommandBody, { type: 'rateMessage' }> {
  const value = (name: string) => {
    const control = form.elements.namedItem(name);
    return control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement ? control.value : '';
  };
  return {
    type: 'rateMessage',
    message,
    principle: value('principle') as (typeof PRINCIPLES)[number],
    rating: value('rating') as (typeof RATINGS)[number],
    note: value('note').trim(),
  };
}

/** What the screen says once the rating is recorded. */
export function ratedText(lang: Language, command: Extract<CommandBody, { type: 'rateMessage' }>, by: string): string {
  return t(lang, 'rating.current', { principle: tDynamic(lang, `principle.${command.principle}`), rating: t(lang, `rating.${command.rating}`), by, note: '' });
}
