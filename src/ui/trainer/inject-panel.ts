// Extra injects: one of the scenario's optional injects not yet delivered, or a free text to all roles
// or to chosen roles, optionally also on the projector. Both only while a round is being decided.
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { channelName } from './action-text.js';
import { field, note, panel, type ConsoleContext } from './context.js';
import { roleName, short } from './names.js';
import { playOpen } from './run-controls.js';

export function renderInjectPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const open = playOpen(view);
  const children: Node[] = [];
  if (!open) children.push(note(t(lang, 'trainer.inject.onlyInRound')));
  children.push(optionalInjectForm(ctx, open), freeInjectForm(ctx, open));
  return panel(ctx, 'inject', t(lang, 'trainer.inject.title'), children);
}

function optionalInjectForm(ctx: ConsoleContext, open: boolean): HTMLElement {
  const { lang, view } = ctx;
  const waiting = view.injects.filter((i) => i.optional && i.delivered === null);
  const titleId = ctx.id('fire-title');
  const body: Node[] = [el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.inject.optionalTitle'), attrs: { id: titleId } })];
  if (waiting.length === 0) {
    body.push(note(t(lang, 'trainer.inject.noneLeft')));
  } else {
    const select = el(
      'select',
      { className: 'trainer-input', attrs: { name: 'inject' } },
      waiting.map((i) => {
        const to = i.to === 'all' ? t(lang, 'trainer.inject.toAll') : i.to.map((r) => roleName(view, r, lang)).join(', ');
        const label = `${short(localise(i.title ?? i.text, lang), 70)} — ${channelName(i.channel, lang)} → ${to}`;
        return el('option', { text: label, attrs: { value: i.id, 'data-key': i.id } });
      }),
    );
    body.push(
      field(ctx, 'fire-inject', t(lang, 'trainer.inject.choose'), select),
      el('button', { className: 'button', text: t(lang, 'trainer.inject.fire'), attrs: { type: 'submit', 'aria-disabled': String(!open), id: ctx.id('fire-submit') } }),
    );
  }
  return el('form', { className: 'trainer-form', attrs: { 'data-form': 'fire-inject', 'aria-labelledby': titleId } }, body);
}

function freeInjectForm(ctx: ConsoleContext, open: boolean): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.id('free-title');
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '3', maxlength: '2000' } });
  const chosen = ctx.ui.freeTo === 'chosen';

  const radio = (value: 'all' | 'chosen', label: string): HTMLElement => {
    const input = el('input', { attrs: { type: 'radio', name: 'to', value, 'data-change': 'free-to', id: ctx.id(`free-to-${value}`) } });
    if (ctx.ui.freeTo === value) input.setAttribute('checked', '');
    return el('div', { className: 'trainer-choice' }, [input, el('label', { text: label, attrs: { for: input.id } })]);
  };
  const roles = el(
    'fieldset',
    { className: 'trainer-fieldset trainer-fieldset--roles' },
    [
      el('legend', { text: t(lang, 'trainer.inject.chosenRoles') }),
      ...view.roles.map((role) => {
        const input = el('input', { attrs: { type: 'checkbox', name: 'role', value: role.id, id: ctx.id(`free-role-${role.id}`) } });
        if (!chosen) input.setAttribute('disabled', '');
        return el('div', { className: 'trainer-choice', attrs: { 'data-key': `free-role-${role.id}` } }, [
          input,
          el('label', { text: localise(role.name, lang), attrs: { for: input.id } }),
        ]);
      }),
    ],
  );
  const projector = el('input', { attrs: { type: 'checkbox', name: 'projector', id: ctx.id('free-projector') } });

  return el('form', { className: 'trainer-form', attrs: { 'data-form': 'free-inject', 'aria-labelledby': titleId } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.inject.freeTitle'), attrs: { id: titleId } }),
    el('div', { attrs: { 'aria-live': 'polite' } }, ctx.ui.editing === null ? [] : [el('p', { className: 'trainer-editing', text: t(lang, 'trainer.runsheet.editing', { title: ctx.ui.editing }) })]),
    field(ctx, 'free-text', t(lang, 'trainer.inject.text'), text),
    el('fieldset', { className: 'trainer-fieldset' }, [
      el('legend', { text: t(lang, 'trainer.inject.recipients') }),
      radio('all', t(lang, 'trainer.inject.toAllRoles')),
      radio('chosen', t(lang, 'trainer.inject.toChosen')),
      roles,
    ]),
    el('div', { className: 'trainer-choice' }, [projector, el('label', { text: t(lang, 'trainer.inject.projector'), attrs: { for: projector.id } })]),
    el('button', { className: 'button', text: t(lang, 'trainer.inject.send'), attrs: { type: 'submit', 'aria-disabled': String(!open), id: ctx.id('free-submit') } }),
  ]);
}
