// The participant's screen for one table, built around one question: what is new, what must we decide,
// what can we do. It fills the window without a page scroll: a header that says what this turn holds,
// tabs ("This turn" with the new messages and the open decisions first; actions; all messages; the map;
// the crisis structure; the role card), and a footer whose "End turn" is always in reach. It draws the
// table's role views and sends commands; it holds no rule of the exercise. Every change redraws from
// the view, keeping what the window itself holds (drafts, chosen blocks, read items, the tab) and the focus.
import '../../styles/participant.css';
import type { Command, CommandBody, RoleView } from '../../engine/index.js';
import type { SendResult } from '../../host/broadcast.js';
import { directParty } from '../../i18n/event-words.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { createBoardSlot, type LoadBoard } from '../components/board-slot.js';
import { renderClock } from '../components/clock.js';
import { renderFeed } from '../components/news-feed.js';
import { el, uniqueId } from '../dom.js';
import { refusalText } from '../session/refusal-text.js';
import { localise } from '../text.js';
import { renderBoardActions } from './board-actions.js';
import { renderComposer } from './composer.js';
import { renderOwnWords } from './own-words.js';
import { describeBy, describeRefusal, emptyUi, momentOf, whyNot, type PanelContext, type ParticipantUi } from './context.js';
import { renderDecisions } from './decisions.js';
import { hasDiscussion, renderDiscussion } from './discussion.js';
import { renderDirectMessages } from './direct-messages.js';
import { renderInbox, unreadCount } from './inbox.js';
import { renderMessages } from './messages.js';
import type { ReadState } from './read-state.js';
import { renderRoleCard } from './role-card.js';
import { renderStructure, renderStructureActions } from './structure.js';
import { freshItems, renderNewMessages, turnSummary } from './turn.js';
import { createRoundTimer } from '../session/round-timer.js';
import { tableLabel } from '../table-names.js';

export type SendCommand = (command: Command) => Promise<SendResult>;

export interface ParticipantOptions {
  /** The views of the roles at this table (at least one), all from the same moment. */
  readonly views: readonly RoleView[];
  readonly lang: Language;
  readonly send: SendCommand;
  readonly read: ReadState;
  /** The window's state for this table, when the caller keeps it across screens (the hot-seat station). */
  readonly ui?: ParticipantUi;
  /** Draw the operational picture (the board) of the role shown; its code is loaded when first needed. */
  readonly board?: LoadBoard;
  /** An element of the caller's, shown right below the heading: the room's debrief once play is over. */
  readonly debriefSlot?: HTMLElement;
  /** An element of the caller's, kept in the footer beside "End turn" (the station's "done reading"). */
  readonly footerSlot?: HTMLElement;
  /** Wall-clock milliseconds for the round timer in the turn header; Date.now by default. */
  readonly now?: () => number;
}

export interface ParticipantScreen {
  update(views: readonly RoleView[]): void;
  setLanguage(lang: Language): void;
  /** Take the board down (the screen itself is removed by whoever placed it). */
  destroy(): void;
  readonly ui: ParticipantUi;
}

export type Tab = 'discussion' | 'turn' | 'actions' | 'messages' | 'board' | 'structure' | 'role';
const TABS: readonly Tab[] = ['discussion', 'turn', 'actions', 'messages', 'board', 'structure', 'role'];

const CONFIRMATIONS: Partial<Record<CommandBody['type'], MessageKey>> = {
  decide: 'play.announce.decided',
  publish: 'play.announce.published',
  structure: 'play.announce.done',
  boardAction: 'play.announce.done',
  endTurn: 'play.announce.turnEnded',
  answer: 'play.announce.answered',
  hotwash: 'play.announce.done',
  feedback: 'play.announce.feedback',
  directMessage: 'direct.sent',
};

export function renderParticipant(root: HTMLElement, options: ParticipantOptions): ParticipantScreen {
  let views = options.views;
  let lang = options.lang;
  const timer = createRoundTimer(options.views[0] ?? { round: 0, phase: 'setup', roundTimerSeconds: null }, options.lang, options.now ?? Date.now, { inline: true });
  const ui = options.ui ?? emptyUi(views[0]?.role.id ?? '');
  const known = new Set(views.flatMap((v) => v.inbox.map((i) => `${v.role.id}#${i.seq}`)));
  // Messages from other tables, exercise control and the SimCell already on show: only later ones are announced.
  const knownDirect = new Set(views.flatMap((v) => v.directMessages.map((m) => m.seq)));

  const polite = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite', 'data-live': 'polite' } });
  const assertive = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'assertive', 'data-live': 'assertive' } });
  const head = el('div', { className: 'participant__head' });
  const tabs = el('div', { className: 'participant__tabs', attrs: { role: 'tablist' } });
  const panel = el('div', { className: 'participant__panel', attrs: { role: 'tabpanel', tabindex: '0' } });
  const boardTitleId = uniqueId('board-title');
  const boardTitle = el('h2', { className: 'play-panel__title', attrs: { id: boardTitleId } });
  // The board draws itself into this element later; it is created once and moved, never redrawn, from here.
  const boardMount = el('div', { className: 'board-mount', attrs: { 'data-board-mount': '' } });
  const board = el('section', { className: 'play-panel play-panel--board', attrs: { 'aria-labelledby': boardTitleId } }, [boardTitle, boardMount]);
  const footer = el('div', { className: 'participant__footer' });
  const body = el('div', { className: 'participant__body' }, [...(options.debriefSlot ? [options.debriefSlot] : []), tabs, panel]);
  const container = el('div', { className: 'participant' }, [polite, assertive, head, body, footer]);
  root.replaceChildren(container);
  // The participant screen offers the board actions itself (under Actions), so the board does not.
  const picture = options.board ? createBoardSlot(boardMount, { lang, load: options.board, headingLevel: 3 }) : null;

  const announce = (region: HTMLElement, text: string) => {
    region.textContent = '';
    region.textContent = text;
  };

  function current(): RoleView | undefined {
    return views.find((v) => v.role.id === ui.role) ?? views[0];
  }

  /** A new phase or round: last turn's refusals and confirmations go, and the screen opens on "This turn". */
  function startMoment(): void {
    const first = views[0];
    if (!first) return;
    const moment = momentOf(first);
    if (ui.moment === moment) return;
    // The briefing is for reading the role card; every round opens on what is new and what must be decided;
    // a module of a discussion opens on its situation and questions, and after play on the hotwash and feedback.
    const discussing = (first.discussion.kind === 'discussion' && first.discussion.current !== null && first.phase === 'decide') || (hasDiscussion(first) && first.phase === 'hotwash');
    ui.tab = first.phase === 'briefing' ? 'role' : discussing ? 'discussion' : 'turn';
    ui.moment = moment;
    ui.refusals.clear();
    ui.confirmations.clear();
  }

  function act(view: RoleView, key: string, body: CommandBody, onAccepted?: () => void): void {
    if (ui.busy.has(key)) return;
    ui.busy.add(key);
    const command = { ...body, actor: { kind: 'role', role: view.role.id } } as Command;
    void options.send(command).then((result) => {
      ui.busy.delete(key);
      ui.confirmations.clear();
      if (result.ok) {
        ui.refusals.delete(key);
        onAccepted?.();
        const confirmation = CONFIRMATIONS[body.type];
        if (confirmation) {
          ui.confirmations.set(key, confirmation);
          announce(polite, t(lang, confirmation));
        }
      } else {
        ui.refusals.set(key, result.refusal);
        announce(assertive, refusalText(lang, result.refusal));
      }
      redraw();
    });
  }

  function context(view: RoleView): PanelContext {
    return {
      view,
      lang,
      ui,
      read: options.read,
      act: (key, body, onAccepted) => act(view, key, body, onAccepted),
      redraw,
    };
  }

  function tabLabel(tab: Tab, view: RoleView, ctx: PanelContext): string {
    switch (tab) {
      case 'turn': {
        const fresh = freshCount(view);
        return fresh > 0 ? t(lang, 'play.tab.turnNew', { count: fresh }) : t(lang, 'play.tab.turn');
      }
      case 'messages': {
        const unread = unreadCount(ctx, view.inbox);
        return unread > 0 ? t(lang, 'play.tab.messagesUnread', { count: unread }) : t(lang, 'play.tab.messages');
      }
      default:
        return t(lang, `play.tab.${tab}`);
    }
  }

  function freshCount(view: RoleView): number {
    return freshItems(ui, options.read, view).length;
  }

  function shownTabs(): readonly Tab[] {
    const view = current();
    return TABS.filter((tab) => (tab !== 'board' || picture !== null) && (tab !== 'discussion' || (view !== undefined && hasDiscussion(view))));
  }

  function renderTabs(view: RoleView, ctx: PanelContext): void {
    const list = shownTabs();
    if (!list.includes(ui.tab as Tab)) ui.tab = 'turn';
    tabs.setAttribute('aria-label', t(lang, 'play.tabs'));
    tabs.replaceChildren(
      ...list.map((tab) => {
        const selected = tab === ui.tab;
        const button = el('button', {
          className: 'participant__tab',
          text: tabLabel(tab, view, ctx),
          attrs: { type: 'button', role: 'tab', id: `${panelId}-tab-${tab}`, 'aria-selected': String(selected), 'aria-controls': panelId, tabindex: selected ? '0' : '-1', 'data-key': `tab:${tab}` },
        });
        button.addEventListener('click', () => choose(tab));
        button.addEventListener('keydown', (event) => {
          const at = list.indexOf(tab);
          const to = event.key === 'ArrowRight' ? list[(at + 1) % list.length] : event.key === 'ArrowLeft' ? list[(at - 1 + list.length) % list.length] : event.key === 'Home' ? list[0] : event.key === 'End' ? list[list.length - 1] : undefined;
          if (to === undefined) return;
          event.preventDefault();
          choose(to);
        });
        return button;
      }),
    );
    panel.setAttribute('aria-labelledby', `${panelId}-tab-${ui.tab}`);
  }

  const panelId = uniqueId('participant-panel');
  panel.id = panelId;

  function choose(tab: Tab): void {
    ui.tab = tab;
    redraw(`tab:${tab}`);
    panel.scrollTop = 0;
  }

  function renderPanel(ctx: PanelContext): Node[] {
    const { view } = ctx;
    switch (ui.tab as Tab) {
      case 'discussion':
        return [renderDiscussion(ctx)];
      case 'turn':
        return [el('div', { className: 'participant__turn' }, [renderNewMessages(ctx), renderDecisions(ctx)])];
      case 'actions':
        return [renderStructureActions(ctx), renderBoardActions(ctx), publishControl(ctx, renderComposer(ctx), 'publish'), publishControl(ctx, renderOwnWords(ctx), 'publishText')].filter(
          (p): p is HTMLElement => p !== null,
        );
      case 'messages': {
        const direct = renderDirectMessages(ctx);
        return [el('div', { className: 'participant__turn' }, [renderInbox(ctx), renderMessages(ctx), renderFeed(view.feed, lang), ...(direct ? [direct] : [])])];
      }
      case 'board':
        boardTitle.textContent = t(lang, 'play.board.title');
        picture?.show(view);
        return [board];
      case 'structure':
        return [renderStructure(ctx)];
      case 'role':
        return [renderRoleCard(ctx)];
    }
  }

  /** A composer (blocks or own words), with its publish button disabled (and saying why) while this table cannot act. */
  function publishControl(ctx: PanelContext, composer: HTMLElement | null, command: 'publish' | 'publishText'): HTMLElement | null {
    const why = whyNot(ctx.view, lang);
    if (!composer || why === null) return composer;
    const note = el('p', { className: 'participant__why', text: why, attrs: { id: uniqueId('why') } });
    composer.querySelector('h2')?.after(note);
    const publish = [...composer.querySelectorAll<HTMLButtonElement>('button[data-key]')].find((b) => b.dataset.key === `${command}:${ctx.view.role.id}:go`);
    if (publish) {
      publish.disabled = true;
      describeBy(publish, note.id);
    }
    return composer;
  }

  function draw(): void {
    const view = current();
    if (!view) {
      head.replaceChildren(el('p', { text: t(lang, 'play.noRole') }));
      for (const slot of [tabs, panel, footer]) slot.replaceChildren();
      return;
    }
    ui.role = view.role.id;
    timer.update(view, lang);
    const playing = view.phase !== 'hotwash' && view.phase !== 'debrief' && view.phase !== 'ended';
    // While play runs, the screen fills the window and never scrolls as a page; afterwards the debrief reads as a document.
    container.classList.toggle('participant--turn', playing);
    const ctx = context(view);
    // The panel first: "This turn" marks what it shows as read, which the header and the tabs then count.
    const shown = renderPanel(ctx);
    head.replaceChildren(...renderHead(ctx));
    renderTabs(view, ctx);
    panel.replaceChildren(...shown);
    footer.replaceChildren(...renderEndTurn(ctx), ...(options.footerSlot ? [options.footerSlot] : []));
    fitToWindow();
  }

  /** The screen's height is the window's below where it starts (the app's header, a connection notice). */
  function fitToWindow(): void {
    const top = container.getBoundingClientRect().top + window.scrollY;
    container.style.setProperty('--participant-top', `${Math.max(0, Math.round(top))}px`);
  }
  const onResize = () => fitToWindow();
  window.addEventListener('resize', onResize);

  function redraw(focusKey?: string): void {
    redrawKeepingFocus(container, draw);
    if (focusKey !== undefined) [...container.querySelectorAll<HTMLElement>('[data-key]')].find((n) => n.dataset.key === focusKey)?.focus();
  }

  function renderHead(ctx: PanelContext): Node[] {
    const { view } = ctx;
    // A table the app named after its role (a classroom table) is named in the screen's language.
    const title = view.table ? tableLabel(view.table.name, views.length === 1 ? [view.role.name] : [], lang) : localise(view.role.name, lang);
    const nodes: Node[] = [
      el('div', { className: 'participant__title-row' }, [el('h1', { className: 'participant__title', text: title }), renderClock(view, lang, { headingLevel: 2, id: 'play-clock', compact: true })]),
      el('p', { className: `turn-status turn-status--${turnState(view)}` }, [
        el('span', { text: turnText(view) }),
        document.createTextNode(' '),
        el('span', { className: 'turn-status__summary', text: turnSummary(views, views.reduce((n, v) => n + freshCount(v), 0), lang) }),
        // Time left in the round when the setup set a round timer: counting down by itself, kept across redraws.
        ...(timer.element.hidden ? [] : [document.createTextNode(' · '), timer.element]),
      ]),
    ];
    // The trainer's message with the pause ("Coffee until 10:45"), as typed: text, never markup.
    if (view.phase === 'paused' && view.pauseMessage !== null) {
      nodes.push(el('p', { className: 'turn-status__pause-message', text: t(lang, 'play.pauseMessage', { message: view.pauseMessage }), attrs: { 'data-pause-message': '' } }));
    }
    if (views.length > 1) {
      nodes.push(
        el(
          'div',
          { className: 'role-switch', attrs: { role: 'group', 'aria-label': t(lang, 'play.roleSwitch') } },
          views.map((v) => {
            const unread = unreadCount(context(v), v.inbox);
            const name = localise(v.role.name, lang);
            const button = el('button', {
              className: 'role-switch__option',
              text: unread > 0 ? t(lang, 'play.roleUnread', { role: name, count: unread }) : name,
              attrs: { type: 'button', 'aria-pressed': String(v.role.id === view.role.id), 'data-key': `role:${v.role.id}` },
            });
            button.addEventListener('click', () => {
              ui.role = v.role.id;
              redraw();
            });
            return button;
          }),
        ),
      );
    }
    return nodes;
  }

  function turnState(view: RoleView): string {
    if (view.phase === 'decide') return view.myTurn ? 'yours' : 'waiting';
    return view.phase;
  }

  function turnText(view: RoleView): string {
    switch (view.phase) {
      case 'decide':
        return t(lang, view.myTurn ? 'play.turn.yours' : 'play.turn.waiting');
      case 'setup':
        return t(lang, 'play.turn.notStarted');
      case 'briefing':
        return t(lang, 'play.turn.briefing');
      case 'paused':
        return t(lang, 'play.turn.paused');
      default:
        return t(lang, 'play.turn.over');
    }
  }

  function renderEndTurn(ctx: PanelContext): Node[] {
    const { view } = ctx;
    const confirmed = ui.confirmations.get('endTurn');
    if (view.phase !== 'decide' || !view.myTurn) return confirmed ? [el('p', { className: 'confirmation', text: t(lang, confirmed) })] : [];
    const key = 'endTurn';
    const button = el('button', { className: 'button button--primary button--large', text: t(lang, 'play.endTurn'), attrs: { type: 'button', 'data-key': key } });
    button.addEventListener('click', () => ctx.act(key, { type: 'endTurn' }));
    const open = views.reduce((n, v) => n + v.decisions.filter((d) => d.taken === null).length, 0);
    const nodes: Node[] = [button];
    if (open > 0) {
      const note = el('p', { className: 'participant__note', text: open === 1 ? t(lang, 'play.endTurnOpenOne') : t(lang, 'play.endTurnOpen', { count: open }), attrs: { id: uniqueId('end-turn-note') } });
      button.setAttribute('aria-describedby', note.id);
      nodes.push(note);
    }
    const refusal = describeRefusal(ctx, key, button);
    if (refusal) nodes.push(refusal);
    return nodes;
  }

  function announceNew(next: readonly RoleView[]): void {
    const fresh: string[] = [];
    for (const v of next) {
      for (const item of v.inbox) {
        const id = `${v.role.id}#${item.seq}`;
        if (known.has(id)) continue;
        known.add(id);
        fresh.push(localise(item.title ?? item.from, lang));
      }
    }
    if (fresh.length > 0) announce(polite, t(lang, fresh.length === 1 ? 'play.announce.newInject' : 'play.announce.newInjects', { count: fresh.length, titles: fresh.join('; ') }));
    const senders: string[] = [];
    for (const v of next) {
      for (const m of v.directMessages) {
        if (knownDirect.has(m.seq)) continue;
        knownDirect.add(m.seq);
        if ('table' in m.from && m.from.table === v.table?.id) continue;
        senders.push(directParty(m.from, lang, (id) => localise(v.roles.find((r) => r.id === id)?.name ?? id, lang)));
      }
    }
    if (senders.length > 0) announce(polite, t(lang, 'direct.announce', { from: senders.join('; ') }));
  }

  // Another table's command changes the version of every view; when nothing this table sees has changed,
  // the screen is left alone, so a click in progress is never pulled from under the pointer.
  const seen = (vs: readonly RoleView[]) => JSON.stringify(vs.map((v) => ({ ...v, version: 0 })));
  let shown = seen(views);

  startMoment();
  draw();
  return {
    ui,
    update(next) {
      views = next;
      const now = seen(next);
      if (now === shown) return;
      shown = now;
      startMoment();
      announceNew(next);
      redraw();
    },
    setLanguage(next) {
      lang = next;
      picture?.setLanguage(next);
      redraw();
    },
    destroy() {
      window.removeEventListener('resize', onResize);
      timer.destroy();
      picture?.destroy();
    },
  };
}
