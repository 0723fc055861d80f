// The participant's screen for one table: role card, inbox, decisions, the crisis structure and the
// actions its office may take, the message composer, the public messages and the board. It draws the
// table's role views and sends commands; it holds no rule of the exercise. Every change redraws from
// the view, keeping what the window itself holds (drafts, chosen blocks, read items) and the focus.
import '../../styles/participant.css';
import type { Command, CommandBody, RoleView } from '../../engine/index.js';
import type { SendResult } from '../../host/broadcast.js';
import { t, type Language } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { createBoardSlot, type LoadBoard } from '../components/board-slot.js';
import { renderClock } from '../components/clock.js';
import { el, uniqueId } from '../dom.js';
import { refusalText } from '../session/refusal-text.js';
import { localise } from '../text.js';
import { renderBoardActions } from './board-actions.js';
import { renderComposer } from './composer.js';
import { describeRefusal, emptyUi, type PanelContext, type ParticipantUi } from './context.js';
import { renderDecisions } from './decisions.js';
import { renderInbox, unreadCount } from './inbox.js';
import { renderMessages } from './messages.js';
import type { ReadState } from './read-state.js';
import { renderRoleCard } from './role-card.js';
import { renderStructure } from './structure.js';

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
}

export interface ParticipantScreen {
  update(views: readonly RoleView[]): void;
  setLanguage(lang: Language): void;
  /** Take the board down (the screen itself is removed by whoever placed it). */
  destroy(): void;
  readonly ui: ParticipantUi;
}

const CONFIRMATIONS: Partial<Record<CommandBody['type'], 'play.announce.decided' | 'play.announce.published' | 'play.announce.done' | 'play.announce.turnEnded'>> = {
  decide: 'play.announce.decided',
  publish: 'play.announce.published',
  structure: 'play.announce.done',
  boardAction: 'play.announce.done',
  endTurn: 'play.announce.turnEnded',
};

export function renderParticipant(root: HTMLElement, options: ParticipantOptions): ParticipantScreen {
  let views = options.views;
  let lang = options.lang;
  const ui = options.ui ?? emptyUi(views[0]?.role.id ?? '');
  const known = new Set(views.flatMap((v) => v.inbox.map((i) => `${v.role.id}#${i.seq}`)));

  const polite = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite', 'data-live': 'polite' } });
  const assertive = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'assertive', 'data-live': 'assertive' } });
  const head = el('div', { className: 'participant__head' });
  const left = el('div', { className: 'participant__column' });
  const right = el('div', { className: 'participant__column' });
  const boardTitleId = uniqueId('board-title');
  const boardTitle = el('h2', { className: 'play-panel__title', attrs: { id: boardTitleId } });
  // The board draws itself into this element later; it is created once and never redrawn from here.
  const boardMount = el('div', { className: 'board-mount', attrs: { 'data-board-mount': '' } });
  const boardActions = el('div', { className: 'participant__board-actions' });
  const board = el('section', { className: 'play-panel play-panel--board', attrs: { 'aria-labelledby': boardTitleId } }, [boardTitle, boardMount, boardActions]);
  const footer = el('div', { className: 'participant__footer' });
  const container = el('div', { className: 'participant' }, [
    polite,
    assertive,
    head,
    ...(options.debriefSlot ? [options.debriefSlot] : []),
    el('div', { className: 'participant__grid' }, [left, right]),
    board,
    footer,
  ]);
  root.replaceChildren(container);
  // The participant screen offers the board actions itself (below the map), so the board does not.
  const picture = options.board ? createBoardSlot(boardMount, { lang, load: options.board, headingLevel: 3 }) : null;

  const announce = (region: HTMLElement, text: string) => {
    region.textContent = '';
    region.textContent = text;
  };

  function current(): RoleView | undefined {
    return views.find((v) => v.role.id === ui.role) ?? views[0];
  }

  function act(view: RoleView, key: string, body: CommandBody, onAccepted?: () => void): void {
    if (ui.busy.has(key)) return;
    ui.busy.add(key);
    const command = { ...body, actor: { kind: 'role', role: view.role.id } } as Command;
    void options.send(command).then((result) => {
      ui.busy.delete(key);
      if (result.ok) {
        ui.refusals.delete(key);
        onAccepted?.();
        const confirmation = CONFIRMATIONS[body.type];
        if (confirmation) announce(polite, t(lang, confirmation));
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

  function draw(): void {
    const view = current();
    if (!view) {
      head.replaceChildren(el('p', { text: t(lang, 'play.noRole') }));
      for (const slot of [left, right, boardActions, footer]) slot.replaceChildren();
      return;
    }
    ui.role = view.role.id;
    const ctx = context(view);
    head.replaceChildren(...renderHead(ctx));
    left.replaceChildren(renderRoleCard(ctx), renderInbox(ctx));
    right.replaceChildren(...[renderDecisions(ctx), renderStructure(ctx), renderComposer(ctx), renderMessages(ctx)].filter((p): p is HTMLElement => p !== null));
    boardTitle.textContent = t(lang, 'play.board.title');
    picture?.show(view);
    boardActions.replaceChildren(...renderBoardActions(ctx));
    footer.replaceChildren(...renderEndTurn(ctx));
  }

  function redraw(focusKey?: string): void {
    redrawKeepingFocus(container, draw);
    if (focusKey !== undefined) [...container.querySelectorAll<HTMLElement>('[data-key]')].find((n) => n.dataset.key === focusKey)?.focus();
  }

  function renderHead(ctx: PanelContext): Node[] {
    const { view } = ctx;
    const title = view.table?.name ?? localise(view.role.name, lang);
    const nodes: Node[] = [el('h1', { className: 'participant__title', text: title }), renderClock(view, lang, { headingLevel: 2, id: 'play-clock' })];
    nodes.push(el('p', { className: `turn-status turn-status--${turnState(view)}`, text: turnText(view) }));
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
    if (view.phase !== 'decide' || !view.myTurn) return [];
    const key = 'endTurn';
    const button = el('button', { className: 'button button--primary button--large', text: t(lang, 'play.endTurn'), attrs: { type: 'button', 'data-key': key } });
    button.addEventListener('click', () => ctx.act(key, { type: 'endTurn' }));
    const open = views.reduce((n, v) => n + v.decisions.filter((d) => d.taken === null).length, 0);
    const nodes: Node[] = [];
    if (open > 0) {
      const note = el('p', { className: 'participant__note', text: t(lang, 'play.endTurnOpen', { count: open }), attrs: { id: uniqueId('end-turn-note') } });
      button.setAttribute('aria-describedby', note.id);
      nodes.push(note);
    }
    nodes.push(button);
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
  }

  // Another table's command changes the version of every view; when nothing this table sees has changed,
  // the screen is left alone, so a click in progress is never pulled from under the pointer.
  const seen = (vs: readonly RoleView[]) => JSON.stringify(vs.map((v) => ({ ...v, version: 0 })));
  let shown = seen(views);

  draw();
  return {
    ui,
    update(next) {
      views = next;
      const now = seen(next);
      if (now === shown) return;
      shown = now;
      announceNew(next);
      redraw();
    },
    setLanguage(next) {
      lang = next;
      picture?.setLanguage(next);
      redraw();
    },
    destroy() {
      picture?.destroy();
    },
  };
}
