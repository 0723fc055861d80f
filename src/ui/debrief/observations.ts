// What the trainer and evaluators noted, each pinned (when they chose) to the event it is about; and,
// at the latest step, a form to note one more — it becomes a logged command like any other.
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { headingTag, type DebriefContext } from './context.js';
import { evidenceLink } from './evidence.js';

function renderForm(ctx: DebriefContext): HTMLElement {
  const { lang } = ctx;
  const id = ctx.ids.section('observe');
  const text = el('textarea', { attrs: { id: `${id}-text`, rows: '3', required: '', 'data-draft': '', 'aria-describedby': `${id}-error` } });
  const event = el('input', { attrs: { id: `${id}-event`, type: 'number', min: '0', step: '1', inputmode: 'numeric', 'data-draft': '', 'aria-describedby': `${id}-hint` } });
  const error = el('p', { className: 'form-error', attrs: { id: `${id}-error` } });
  const form = el('form', { className: 'observe-form no-print', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'debrief.observations.text'), attrs: { for: text.id } }), text]),
    el('div', { className: 'field field--short' }, [
      el('label', { text: t(lang, 'debrief.observations.event'), attrs: { for: event.id } }),
      event,
      el('p', { className: 'field__hint', text: t(lang, 'debrief.observations.eventHint'), attrs: { id: `${id}-hint` } }),
    ]),
    error,
    el('button', { className: 'button', text: t(lang, 'debrief.observations.submit'), attrs: { type: 'submit', id: `${id}-submit` } }),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = text.value.trim();
    if (body.length === 0) {
      error.textContent = t(lang, 'debrief.observations.needsText');
      text.setAttribute('aria-invalid', 'true');
      text.focus();
      return;
    }
    const raw = event.value.trim();
    const seq = raw === '' ? undefined : Number(raw);
    ctx.submit(
      { type: 'observe', text: body, ...(seq === undefined ? {} : { event: seq }), actor: { kind: 'trainer' } },
      t(lang, 'debrief.observations.sent'),
      () => {
        for (const field of [text.id, event.id]) {
          const node = document.getElementById(field);
          if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) node.value = '';
        }
      },
    );
  });
  return form;
}

export function renderObservations(ctx: DebriefContext, level: number): HTMLElement {
  const { lang } = ctx;
  const titleId = ctx.ids.section('observations-title');
  const observations = ctx.view.observations ?? [];
  const list =
    observations.length === 0
      ? el('p', { text: t(lang, 'debrief.observations.none') })
      : el(
          'ul',
          { className: 'observations' },
          observations.map((o) =>
            el('li', { className: 'observation' }, [
              el('p', { className: 'observation__by', text: t(lang, 'debrief.observations.by', { by: o.by }) }),
              el('p', { className: 'observation__text', text: o.text }),
              ...(o.event !== null && ctx.view.timeline.some((e) => e.seq === o.event)
                ? [el('p', { className: 'observation__about' }, [el('span', { text: `${t(lang, 'debrief.observations.about')} ` }), evidenceLink(ctx, o.event)])]
                : []),
            ]),
          ),
        );
  return el('section', { className: 'debrief__section debrief__observations', attrs: { 'aria-labelledby': titleId, id: ctx.ids.section('observations') } }, [
    el(headingTag(level), { text: t(lang, 'debrief.observations.title'), attrs: { id: titleId } }),
    list,
    ...(ctx.latest ? [renderForm(ctx)] : []),
  ]);
}
