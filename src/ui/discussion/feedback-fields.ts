// The participant feedback form (HSEEP style), shared by every screen that offers it: a participant's
// screen, a table window, a classroom device, and the trainer typing in a paper form. Ratings 1–5 of the
// exercise and of each objective's relevance, and open comments; anonymous: it asks no name.
import { FEEDBACK_COMMENTS, FEEDBACK_SCALE } from '../../engine/discussion/feedback-form.js';
import type { Language } from '../../i18n/index.js';
import { t, tDynamic } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { objectiveName } from './names.js';

/** The question an item asks: an exercise item, or an objective's relevance. */
export function feedbackItemText(item: string, lang: Language): string {
  if (item.startsWith('objective:')) return t(lang, 'discussion.feedback.objective', { objective: objectiveName(item.slice('objective:'.length), lang) });
  return tDynamic(lang, `discussion.feedback.item.${item}`);
}

/** One radio group per item (1 poor … 5 excellent, or none), then the comment boxes. */
export function feedbackFields(items: readonly string[], lang: Language): HTMLElement[] {
  const scale: number[] = [];
  for (let v = FEEDBACK_SCALE.min; v <= FEEDBACK_SCALE.max; v++) scale.push(v);
  const groups = items.map((item) => {
    const name = `rating:${item}`;
    const legend = uniqueId('feedback-item');
    return el('fieldset', { className: 'feedback__item', attrs: { 'aria-labelledby': legend } }, [
      el('legend', { text: feedbackItemText(item, lang), attrs: { id: legend } }),
      el(
        'div',
        { className: 'feedback__scale' },
        scale.map((v) => {
          const id = uniqueId('feedback-rating');
          return el('span', { className: 'feedback__choice' }, [
            el('input', { attrs: { type: 'radio', name, value: String(v), id } }),
            el('label', { text: t(lang, `discussion.feedback.scale.${v}` as 'discussion.feedback.scale.1'), attrs: { for: id } }),
          ]);
        }),
      ),
    ]);
  });
  const comments = FEEDBACK_COMMENTS.map((kind) => {
    const id = uniqueId('feedback-comment');
    return el('div', { className: 'feedback__comment' }, [
      el('label', { text: t(lang, `discussion.feedback.comment.${kind}`), attrs: { for: id } }),
      el('textarea', { attrs: { id, name: `comment:${kind}`, rows: '3', maxlength: '4000' } }),
    ]);
  });
  return [el('p', { className: 'feedback__intro', text: t(lang, 'discussion.feedback.intro') }), ...groups, ...comments];
}

/** What a filled-in form says, as the feedback command's ratings and comments. */
export function readFeedback(form: HTMLFormElement): { ratings: Record<string, number>; comments: Record<string, string> } {
  const ratings: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    if (input.name.startsWith('rating:')) ratings[input.name.slice('rating:'.length)] = Number(input.value);
  }
  for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    if (area.name.startsWith('comment:') && area.value.trim() !== '') comments[area.name.slice('comment:'.length)] = area.value;
  }
  return { ratings, comments };
}

/** Clear the form after it was accepted, so the next participant at this device starts blank. */
export function clearFeedback(form: HTMLFormElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
  for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) area.value = '';
}
