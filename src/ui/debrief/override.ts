// The trainer's override of a computed rating: a rating and a reason, sent as a logged command. The
// engine keeps the computed rating, and the screen shows both side by side.
import type { Command } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import type { DebriefContext } from './context.js';
import { ratingWord } from './event-text.js';

export type OverrideTarget = { readonly criterion: string } | { readonly objective: string };

const OBJECTIVE_RATINGS = ['P', 'S', 'M', 'U'] as const;
const CRITERION_RESULTS = ['met', 'partly', 'notMet', 'notApplicable'] as const;

/** "Trainer: M — performed with major challenges. Reason: …", shown beside the computed rating. */
export function renderOverrideNote(override: { readonly rating: string; readonly reason: string }, lang: Language): HTMLElement {
  return el('p', { className: 'override-note' }, [
    el('strong', { text: `${t(lang, 'debrief.override.byTrainer')}: ` }),
    el('span', { className: 'override-note__rating', text: ratingWord(override.rating, lang) }),
    el('span', { text: `. ${t(lang, 'debrief.override.reason')}: ` }),
    el('q', { className: 'override-note__reason', text: override.reason }),
  ]);
}

export function renderOverrideForm(ctx: DebriefContext, target: OverrideTarget, key: string, what: string): HTMLElement {
  const { lang } = ctx;
  const id = `${ctx.ids.base}-override-${key}`;
  const choices: readonly string[] = 'objective' in target ? OBJECTIVE_RATINGS : CRITERION_RESULTS;
  const select = el(
    'select',
    { attrs: { id: `${id}-rating`, 'data-draft': '' } },
    choices.map((c) => el('option', { text: ratingWord(c, lang), attrs: { value: c } })),
  );
  const reason = el('textarea', { attrs: { id: `${id}-reason`, rows: '2', required: '', 'data-draft': '', 'aria-describedby': `${id}-error` } });
  const error = el('p', { className: 'form-error', attrs: { id: `${id}-error` } });
  const form = el('form', { className: 'override-form', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'debrief.override.rating'), attrs: { for: select.id } }), select]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'debrief.override.reasonLabel'), attrs: { for: reason.id } }), reason]),
    error,
    el('button', { className: 'button', text: t(lang, 'debrief.override.submit'), attrs: { type: 'submit', id: `${id}-submit` } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = reason.value.trim();
    if (text.length === 0) {
      error.textContent = t(lang, 'debrief.override.needsReason');
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    const command: Command = {
      type: 'override',
      target,
      rating: select.value as Extract<Command, { type: 'override' }>['rating'],
      reason: text,
      actor: { kind: 'trainer' },
    };
    ctx.submit(command, t(lang, 'debrief.override.sent', { what, rating: ratingWord(command.rating, lang) }), () => {
      // The accepted command re-renders the screen: the field to clear is the one now in the document.
      const field = document.getElementById(reason.id);
      if (field instanceof HTMLTextAreaElement) field.value = '';
    });
  });
  return el('details', { className: 'override', attrs: { id: `${id}-details` } }, [
    el('summary', { text: t(lang, 'debrief.override.open', { what }) }),
    form,
  ]);
}
