// "This turn": what is new for the role since its last turn, and the decisions waiting for it — the
// first thing a table sees when its screen opens. Messages shown here count as read (the unread counts
// elsewhere go down); they keep their "new" mark until the turn is over, so a redraw does not hide them.
import type { InboxItem, RoleView } from '../../engine/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { momentOf, section, type PanelContext, type ParticipantUi } from './context.js';
import { renderItem } from './inbox.js';
import type { ReadState } from './read-state.js';

/** The items new for this role in this turn: those unread when the turn began, and any that arrived since. */
export function freshItems(ui: ParticipantUi, read: ReadState, view: RoleView): InboxItem[] {
  const moment = momentOf(view);
  let fresh = ui.fresh.get(view.role.id);
  if (!fresh || fresh.moment !== moment) {
    fresh = { moment, seqs: new Set() };
    ui.fresh.set(view.role.id, fresh);
  }
  for (const item of view.inbox) if (!read.isRead(view.role.id, item.seq)) fresh.seqs.add(item.seq);
  return view.inbox.filter((item) => fresh.seqs.has(item.seq)).sort((a, b) => b.seq - a.seq);
}

export function renderNewMessages(ctx: PanelContext): HTMLElement {
  const { view, lang } = ctx;
  const items = freshItems(ctx.ui, ctx.read, view);
  // Shown is read: the table has this on screen now.
  ctx.read.markRead(view.role.id, items.map((i) => i.seq));
  const children: Node[] =
    items.length === 0
      ? [el('p', { text: t(lang, 'play.new.none') })]
      : [el('ol', { className: 'inbox__items' }, items.map((item) => renderItem(ctx, item, true)))];
  if (items.length > 0 && items.length < view.inbox.length) children.push(el('p', { className: 'participant__note', text: t(lang, 'play.new.older') }));
  return section('new', t(lang, 'play.new.title'), children);
}

/** The header line for the whole table: "This turn: 3 new messages · 2 decisions open, 1 due this round". */
export function turnSummary(views: readonly RoleView[], fresh: number, lang: Language): string {
  const view = views[0];
  if (!view) return '';
  const open = views.flatMap((v) => v.decisions.filter((d) => d.taken === null));
  const due = open.filter((d) => d.deadlineRound <= view.round).length;
  const news = fresh === 0 ? t(lang, 'play.summary.newNone') : fresh === 1 ? t(lang, 'play.summary.newOne') : t(lang, 'play.summary.newMany', { count: fresh });
  let decisions = open.length === 0 ? t(lang, 'play.summary.openNone') : open.length === 1 ? t(lang, 'play.summary.openOne') : t(lang, 'play.summary.openMany', { count: open.length });
  if (due > 0 && view.phase === 'decide') decisions += `, ${t(lang, 'play.summary.due', { count: due })}`;
  return t(lang, 'play.summary', { parts: `${news} · ${decisions}` });
}
