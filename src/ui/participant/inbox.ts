// The role's inbox: what reached it, newest first, with unread counts per channel. "Read" is this
// window's own bookkeeping (read-state.ts); the exercise never learns who read what.
import type { InboxItem } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { clockLabel, scenarioTime } from '../components/clock.js';
import { named } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { paragraphs, section, type PanelContext } from './context.js';

const ALL = 'all';

export function unreadCount(ctx: PanelContext, items: readonly InboxItem[]): number {
  return items.filter((item) => !ctx.read.isRead(ctx.view.role.id, item.seq)).length;
}

export function renderInbox(ctx: PanelContext): HTMLElement {
  const { view, lang, ui } = ctx;
  const role = view.role.id;
  const items = [...view.inbox].sort((a, b) => b.seq - a.seq);
  const channels = [...new Set(items.map((i) => i.channel))];
  const chosen = ui.channel.get(role) ?? ALL;
  const current = chosen === ALL || channels.includes(chosen) ? chosen : ALL;
  const shown = current === ALL ? items : items.filter((i) => i.channel === current);
  const total = unreadCount(ctx, items);

  const filter = el('div', { className: 'inbox__channels', attrs: { role: 'group', 'aria-label': t(lang, 'play.inbox.channels') } }, [
    channelButton(ctx, ALL, t(lang, 'play.inbox.allChannels'), total, current),
    ...channels.map((c) => channelButton(ctx, c, named('channel', c, lang), unreadCount(ctx, items.filter((i) => i.channel === c)), current)),
  ]);

  const summary = el('p', { className: 'inbox__summary', text: t(lang, 'play.inbox.unread', { count: total }), attrs: { tabindex: '-1', 'data-key': 'inbox:summary' } });
  const children: Node[] = [summary];
  if (items.length === 0) {
    children.push(el('p', { text: t(lang, 'play.inbox.empty') }));
  } else {
    children.push(filter);
    if (total > 0) {
      const all = el('button', { className: 'button button--small', text: t(lang, 'play.inbox.markAllRead'), attrs: { type: 'button', 'data-key': `inbox:all-read:${role}` } });
      all.addEventListener('click', () => {
        ctx.read.markRead(role, shown.map((i) => i.seq));
        ctx.redraw('inbox:summary');
      });
      children.push(el('p', {}, [all]));
    }
    children.push(el('ol', { className: 'inbox__items' }, shown.map((item) => renderItem(ctx, item))));
  }
  return section('inbox', t(lang, 'play.inbox.title'), children);
}

function channelButton(ctx: PanelContext, channel: string, label: string, unread: number, current: string): HTMLElement {
  const button = el('button', {
    className: 'inbox__channel',
    text: unread > 0 ? t(ctx.lang, 'play.inbox.channelUnread', { channel: label, count: unread }) : label,
    attrs: { type: 'button', 'aria-pressed': String(channel === current), 'data-key': `inbox:channel:${channel}` },
  });
  button.addEventListener('click', () => {
    ctx.ui.channel.set(ctx.view.role.id, channel);
    ctx.redraw();
  });
  return button;
}

/** One message; `fresh` marks it new this turn (it was marked read as it was shown, so it has no "read" button). */
export function renderItem(ctx: PanelContext, item: InboxItem, fresh?: boolean): HTMLElement {
  const { lang, view } = ctx;
  const unread = fresh ?? !ctx.read.isRead(view.role.id, item.seq);
  const from = localise(item.from, lang);
  const title = item.title === null ? from : localise(item.title, lang);
  const heading = el('h3', { className: 'inbox__title' }, [
    ...(unread ? [el('span', { className: 'badge badge--new', text: t(lang, 'play.inbox.new') }), document.createTextNode(' ')] : []),
    document.createTextNode(title),
  ]);
  const meta = el('p', {
    className: 'inbox__meta',
    text: t(lang, 'play.inbox.meta', { clock: clockLabel(item.minute), time: scenarioTime(view.scenario.startsAt, item.minute, lang)?.time ?? '', channel: named('channel', item.channel, lang), from }),
  });
  const children: Node[] = [heading, meta, ...paragraphs(localise(item.text, lang), 'inbox__text')];
  if (unread && fresh === undefined) {
    const mark = el('button', {
      className: 'button button--small',
      text: t(lang, 'play.inbox.markRead'),
      attrs: { type: 'button', 'aria-label': t(lang, 'play.inbox.markReadNamed', { title }), 'data-key': `inbox:read:${item.seq}` },
    });
    mark.addEventListener('click', () => {
      ctx.read.markRead(view.role.id, [item.seq]);
      ctx.redraw(`inbox:item:${item.seq}`);
    });
    children.push(mark);
  }
  return el('li', { className: unread ? 'inbox__item inbox__item--unread' : 'inbox__item' }, [
    el('article', { attrs: { tabindex: '-1', 'data-key': `inbox:item:${item.seq}` } }, children),
  ]);
}
