// Messages from tables to each other, to exercise control and to the SimCell: the trainer reads them all
// and answers a table as exercise control or for any role nobody plays. Texts are shown as text only; the
// text being written lives in the textarea itself, which view updates never replace.
import { DIRECT_TEXT_MAX } from '../../engine/index.js';
import { directParty } from '../../i18n/event-words.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { field, note, panel, type ConsoleContext } from './context.js';
import { roleName } from './names.js';

/** The value of the "as" choice: exercise control, or a role nobody plays (sent with a SimCell actor). */
export const AS_CONTROL = 'trainer';

/** Roles no table plays: the SimCell answers for them. */
export function unplayedRoles(ctx: ConsoleContext): string[] {
  return ctx.view.roles.filter((r) => r.table === null).map((r) => r.id);
}

function composer(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const tables = view.settings.tables;
  const titleId = ctx.id('direct-form-title');
  if (tables.length === 0) return note(t(lang, 'direct.console.noTables'));
  const replying = ctx.ui.directReply === null ? undefined : view.directMessages.find((m) => m.seq === ctx.ui.directReply);
  const replyTable = replying && 'table' in replying.from ? replying.from.table : null;
  const replyAs = replying && 'role' in replying.to && !('table' in replying.to) ? `role:${replying.to.role}` : AS_CONTROL;
  const as = el('select', { className: 'trainer-input', attrs: { name: 'as' } }, [
    el('option', { text: t(lang, 'direct.control'), attrs: { value: AS_CONTROL } }),
    ...unplayedRoles(ctx).map((r) => el('option', { text: t(lang, 'direct.simcell', { role: roleName(view, r, lang) }), attrs: { value: `role:${r}` } })),
  ]);
  const to = el(
    'select',
    { className: 'trainer-input', attrs: { name: 'to' } },
    tables.map((tb) => el('option', { text: t(lang, 'direct.table', { name: tb.name }), attrs: { value: tb.id } })),
  );
  // A reply goes back to the table that wrote, in the voice it wrote to.
  for (const option of as.options) if (option.value === replyAs) option.setAttribute('selected', '');
  for (const option of to.options) if (option.value === replyTable) option.setAttribute('selected', '');
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '3', maxlength: String(DIRECT_TEXT_MAX), required: '' } });
  const who = (seq: number) => {
    const m = view.directMessages.find((x) => x.seq === seq);
    return m ? directParty(m.from, lang, (id) => roleName(view, id, lang)) : `#${seq}`;
  };
  const reply: Node[] = replying
    ? [
        el('p', { className: 'trainer-observe__pin' }, [
          el('span', { text: `${t(lang, 'direct.replying', { from: who(replying.seq) })} ` }),
          el('button', { className: 'button button--small', text: t(lang, 'direct.cancelReply'), attrs: { type: 'button', 'data-action': 'direct-unreply', id: ctx.id('direct-unreply') } }),
        ]),
      ]
    : [];
  return el('form', { className: 'trainer-form', attrs: { 'data-form': 'direct', 'aria-labelledby': titleId } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'direct.send'), attrs: { id: titleId } }),
    el('div', { attrs: { 'aria-live': 'polite', id: ctx.id('direct-reply') } }, reply),
    field(ctx, 'direct-as', t(lang, 'direct.console.as'), as),
    field(ctx, 'direct-to', t(lang, 'direct.console.toTable'), to),
    field(ctx, 'direct-text', t(lang, 'direct.text'), text),
    el('button', { className: 'button button--primary', text: t(lang, 'direct.send'), attrs: { type: 'submit', id: ctx.id('direct-submit') } }),
  ]);
}

export function renderDirectPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const name = (id: string) => roleName(view, id, lang);
  const list =
    view.directMessages.length === 0
      ? note(t(lang, 'direct.none'))
      : el(
          'ol',
          { className: 'trainer-observations' },
          [...view.directMessages].reverse().map((m) => {
            const from = directParty(m.from, lang, name);
            const children: Node[] = [
              el('p', { className: 'trainer-observation__meta', text: t(lang, 'direct.meta', { clock: clockLabel(m.minute), from, to: directParty(m.to, lang, name) }) }),
              ...(m.inReplyTo !== null ? [el('p', { className: 'trainer-note', text: t(lang, 'direct.replyTo', { seq: m.inReplyTo }) })] : []),
              el('p', { className: 'trainer-observation__text', text: m.text }),
            ];
            // Exercise control answers what tables write; its own messages need no reply from here.
            if ('table' in m.from && ctx.mode === 'trainer') {
              children.push(
                el('button', {
                  className: 'button button--small',
                  text: t(lang, 'direct.reply'),
                  attrs: { type: 'button', 'data-action': 'direct-reply', 'data-event': String(m.seq), 'aria-label': t(lang, 'direct.replyNamed', { from }), id: ctx.id(`direct-reply-${m.seq}`) },
                }),
              );
            }
            return el('li', { className: 'trainer-observation', attrs: { 'data-key': `direct-${m.seq}` } }, children);
          }),
        );
  const children: Node[] = [note(t(lang, 'direct.console.lead'))];
  if (ctx.mode === 'trainer') children.push(composer(ctx));
  children.push(list);
  return panel(ctx, 'direct', t(lang, 'direct.console.title'), children);
}
