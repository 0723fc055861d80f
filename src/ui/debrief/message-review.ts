// A message in own words in the debrief: its text with the words the checks matched highlighted, the
// evaluator's rating per principle beside the automatic findings (which stay as suggestions), and — for the
// trainer at the latest step — the form to rate it. The pieces are the shared rating component
// (components/message-rating.ts), which the evaluator's console uses during play too.
import { el } from '../dom.js';
import { highlightedText, ratedText, ratingForm, ratingList, readRating } from '../components/message-rating.js';
import type { DebriefContext } from './context.js';

export { highlightedText };

/** "Evaluator rating" lines per principle, or the note that the message counts by its automatic findings. */
export function renderRatings(ctx: DebriefContext, message: string): HTMLElement | null {
  return ctx.view.ratings === null ? null : ratingList(ctx.lang, ctx.view.ratings, message);
}

export function renderRatingForm(ctx: DebriefContext, message: string): HTMLElement | null {
  if (ctx.view.ratings === null || !ctx.latest) return null;
  const { lang } = ctx;
  const details = ratingForm(lang, `${ctx.ids.base}-rate-${message}`);
  const form = details.querySelector('form') ?? el('form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const command = readRating(form, message);
    ctx.submit({ ...command, actor: { kind: 'trainer' } }, ratedText(lang, command, 'trainer'));
  });
  return details;
}
