// Messages from this table to another table, to exercise control or to a role nobody plays (the SimCell
// answers for it): "we ask the police for the camera footage". Never public; the list shows what this
// table sent and received, newest first, each with a reply button. Texts are shown as text only.
import { DIRECT_TEXT_MAX, type CommandBody, type DirectMessageView, type RoleView } from '../../engine/index.js';
import { directParty } from '../../i18n/event-words.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el, uniqueId } from '../dom.js';
import { tableLabel } from '../table-names.js';
import { localise } from '../text.js';
import { describeRefusal, paragraphs, section, type PanelContext, type ParticipantUi } from './context.js';

interface DirectDraft {
  to: string;
  text: string;
  inReplyTo: number | null;
  /** Send was pressed with an empty text: said in place, no command sent. */
  empty: boolean;
}

const CONTROL = 'trainer';
const drafts = new WeakMap<ParticipantUi, Map<string, DirectDraft>>();

function draftOf(ctx: PanelContext): DirectDraft {
  let perRole = drafts.get(ctx.ui);
  if (!perRole) drafts.set(ctx.ui, (perRole = new Map()));
  let d = perRole.get(ctx.view.role.id);
  if (!d) perRole.set(ctx.view.role.id, (d = { to: CONTROL, text: '', inReplyTo: null, empty: false }));
  return d;
}

/** The select's value for a recipient: "trainer", "table:<id>" or "role:<id>". */
function targetOf(value: string): Extract<CommandBody, { type: 'directMessage' }>['to'] {
  if (value.startsWith('table:')) return { table: value.slice(6) };
  if (value.startsWith('role:')) return { role: value.slice(5) };
  return { trainer: true };
}

/** Where a reply goes: back to whoever wrote the message (or, for one this table sent, to its recipient). */
function replyTarget(view: RoleView, m: DirectMessageView): string {
  const mine = 'table' in m.from && m.from.table === view.table?.id;
  const other: Record<string, unknown> = mine ? m.to : m.from;
  if (typeof other.simcell === 'string') return `role:${other.simcell}`;
  if (typeof other.table === 'string') return `table:${other.table}`;
  if (typeof other.role === 'string') return `role:${other.role}`;
  return CONTROL;
}

function roleNamer(ctx: PanelContext): (id: string) => string {
  return (id) => {
    const role = ctx.view.roles.find((r) => r.id === id);
    return role ? localise(role.name, ctx.lang) : id;
  };
}

export function renderDirectMessages(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  const recipients = view.directTo;
  if (!recipients) return null;
  const d = draftOf(ctx);
  const roleName = roleNamer(ctx);
  const key = `direct:${view.role.id}`;

  const options: [string, string][] = [
    [CONTROL, t(lang, 'direct.control')],
    // A classroom table is its role's (the same id): its name then follows the screen's language.
    ...recipients.tables.map((tb): [string, string] => [
      `table:${tb.id}`,
      t(lang, 'direct.table', { name: tableLabel(tb.name, view.roles.flatMap((r) => (r.id === tb.id ? [r.name] : [])), lang) }),
    ]),
    ...recipients.unplayed.map((r): [string, string] => [`role:${r}`, t(lang, 'direct.simcell', { role: roleName(r) })]),
  ];
  if (!options.some(([v]) => v === d.to)) d.to = CONTROL;
  const to = el('select', { attrs: { 'data-key': `${key}:to`, id: uniqueId('direct-to') } }, options.map(([v, label]) => el('option', { text: label, attrs: { value: v } })));
  to.value = d.to;
  to.addEventListener('change', () => (d.to = to.value));

  const count = el('p', { className: 'field__hint', attrs: { 'aria-live': 'polite', id: uniqueId('direct-count') } });
  const showCount = () => (count.textContent = t(lang, 'direct.count', { count: d.text.trim().length, max: DIRECT_TEXT_MAX }));
  showCount();
  const text = el('textarea', { attrs: { rows: '3', maxlength: String(DIRECT_TEXT_MAX), 'data-key': `${key}:text`, id: uniqueId('direct-text'), 'aria-describedby': count.id } });
  text.value = d.text;
  text.addEventListener('input', () => {
    d.text = text.value;
    d.empty = false;
    showCount();
  });

  const send = el('button', { className: 'button button--primary', text: t(lang, 'direct.send'), attrs: { type: 'button', 'data-key': `${key}:go` } });
  send.addEventListener('click', () => {
    if (d.text.trim() === '') {
      d.empty = true;
      ctx.redraw(`${key}:text`);
      return;
    }
    const body: CommandBody = { type: 'directMessage', to: targetOf(d.to), text: d.text, ...(d.inReplyTo !== null ? { inReplyTo: d.inReplyTo } : {}) };
    ctx.act(key, body, () => {
      d.text = '';
      d.inReplyTo = null;
    });
  });

  const form: Node[] = [el('p', { className: 'field__hint', text: t(lang, 'direct.lead') })];
  const replying = d.inReplyTo === null ? undefined : view.directMessages.find((m) => m.seq === d.inReplyTo);
  if (replying) {
    const cancel = el('button', { className: 'button button--small', text: t(lang, 'direct.cancelReply'), attrs: { type: 'button', 'data-key': `${key}:no-reply` } });
    cancel.addEventListener('click', () => {
      d.inReplyTo = null;
      ctx.redraw(`${key}:text`);
    });
    form.push(el('p', { className: 'direct__replying' }, [el('span', { text: t(lang, 'direct.replying', { from: directParty(replying.from, lang, roleName) }) }), document.createTextNode(' '), cancel]));
  }
  form.push(
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'direct.to'), attrs: { for: to.id } }), to]),
    el('div', { className: 'field' }, [el('label', { text: t(lang, 'direct.text'), attrs: { for: text.id } }), text, count]),
  );
  if (d.empty) {
    const note = el('p', { className: 'refusal', text: t(lang, 'direct.needsText'), attrs: { id: uniqueId('direct-empty') } });
    text.setAttribute('aria-describedby', `${count.id} ${note.id}`);
    form.push(note);
  }
  form.push(send);
  const said = describeRefusal(ctx, key, send);
  if (said) form.push(said);

  const list = [...view.directMessages].sort((a, b) => b.seq - a.seq);
  const items =
    list.length === 0
      ? el('p', { text: t(lang, 'direct.none') })
      : el(
          'ol',
          { className: 'direct__list' },
          list.map((m) => {
            const from = directParty(m.from, lang, roleName);
            const reply = el('button', {
              className: 'button button--small',
              text: t(lang, 'direct.reply'),
              attrs: { type: 'button', 'aria-label': t(lang, 'direct.replyNamed', { from }), 'data-key': `${key}:reply:${m.seq}` },
            });
            reply.addEventListener('click', () => {
              d.inReplyTo = m.seq;
              d.to = replyTarget(view, m);
              ctx.redraw(`${key}:text`);
            });
            return el('li', { className: 'direct__item', attrs: { 'data-direct': String(m.seq) } }, [
              el('p', { className: 'direct__meta', text: t(lang, 'direct.meta', { clock: clockLabel(m.minute), from, to: directParty(m.to, lang, roleName) }) }),
              ...(m.inReplyTo !== null ? [el('p', { className: 'direct__reply-to', text: t(lang, 'direct.replyTo', { seq: m.inReplyTo }) })] : []),
              ...paragraphs(m.text, 'direct__text'),
              reply,
            ]);
          }),
        );
  return section('direct', t(lang, 'direct.title'), [...form, items]);
}
