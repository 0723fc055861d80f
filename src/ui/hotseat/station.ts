// The hot-seat station: one device passed from table to table. Whose turn it is comes from the views
// (RoleView.myTurn); each turn starts behind the privacy screen, and a reload starts there again,
// because which table last revealed the screen is kept nowhere but in this page's memory.
import '../../styles/hotseat.css';
import type { RoleView } from '../../engine/index.js';
import { t, type Language } from '../../i18n/index.js';
import type { LoadBoard } from '../components/board-slot.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { emptyUi, type ParticipantUi } from '../participant/context.js';
import { renderParticipant, type ParticipantScreen, type SendCommand } from '../participant/participant-screen.js';
import type { ReadState } from '../participant/read-state.js';
import { renderPrivacyScreen } from './privacy-screen.js';

export interface StationOptions {
  /** The views of every role played at a table, in table order. */
  readonly views: readonly RoleView[];
  readonly lang: Language;
  readonly send: SendCommand;
  readonly read: ReadState;
  /** Show each table the board of its role (loaded when first needed). */
  readonly board?: LoadBoard;
}

export interface Station {
  update(views: readonly RoleView[]): void;
  setLanguage(lang: Language): void;
  destroy(): void;
}

interface TableViews {
  readonly id: string;
  readonly name: string;
  readonly views: readonly RoleView[];
}

function tablesOf(views: readonly RoleView[]): TableViews[] {
  const tables: TableViews[] = [];
  for (const view of views) {
    if (!view.table) continue;
    const found = tables.find((t) => t.id === view.table?.id);
    if (found) (found.views as RoleView[]).push(view);
    else tables.push({ id: view.table.id, name: view.table.name, views: [view] });
  }
  return tables;
}

export function renderStation(root: HTMLElement, options: StationOptions): Station {
  let views = options.views;
  let lang = options.lang;
  /** The turn ("table@round") whose screen the table has revealed; null behind the privacy screen. */
  let revealed: string | null = null;
  const briefing = { index: 0, revealed: false };
  const uis = new Map<string, ParticipantUi>();
  let mounted: { readonly turn: string; readonly screen: ParticipantScreen; lang: Language } | null = null;

  function uiFor(table: TableViews): ParticipantUi {
    let ui = uis.get(table.id);
    if (!ui) {
      ui = emptyUi(table.views[0]?.role.id ?? '');
      uis.set(table.id, ui);
    }
    return ui;
  }

  /** What the privacy screen says now; an update that changes nothing leaves it (and the focus) alone. */
  let privacyShown: string | null = null;

  /** The table's screen leaves the page; its board goes with it. */
  function unmount(): void {
    mounted?.screen.destroy();
    mounted = null;
  }

  function privacy(title: string, lead: string, revealLabel: string, onReveal: () => void): void {
    unmount();
    const said = JSON.stringify([title, lead, revealLabel]);
    if (privacyShown === said && root.querySelector('[data-privacy-screen]')) return;
    privacyShown = said;
    const screen = renderPrivacyScreen({ title, lead, reveal: revealLabel }, onReveal);
    root.replaceChildren(screen);
    screen.querySelector<HTMLElement>('h1')?.focus();
  }

  function message(text: string, action?: { label: string; onClick: () => void }, note?: string): void {
    unmount();
    privacyShown = null;
    const children: Node[] = [el('h1', { className: 'station__title', text: t(lang, 'station.title') }), el('p', { className: 'station__message', text })];
    // A line from the trainer (the pause's message), as typed: text, never markup.
    if (note !== undefined) children.push(el('p', { className: 'station__message station__message--note', text: note, attrs: { 'data-pause-message': '' } }));
    if (action) {
      const button = el('button', { className: 'button', text: action.label, attrs: { type: 'button' } });
      button.addEventListener('click', action.onClick);
      children.push(button);
    }
    root.replaceChildren(el('div', { className: 'station' }, children));
  }

  /** The table's screen; `footer` (the briefing's "done reading") sits beside "End turn", in reach without scrolling. */
  function showTable(turn: string, table: TableViews, footer?: () => HTMLElement): void {
    if (mounted?.turn === turn) {
      if (mounted.lang !== lang) mounted.screen.setLanguage((mounted.lang = lang));
      mounted.screen.update(table.views);
      return;
    }
    privacyShown = null;
    unmount();
    const host = el('div');
    root.replaceChildren(host);
    const screen = renderParticipant(host, {
      views: table.views,
      lang,
      send: options.send,
      read: options.read,
      ui: uiFor(table),
      ...(options.board ? { board: options.board } : {}),
      ...(footer ? { footerSlot: footer() } : {}),
    });
    mounted = { turn, screen, lang };
    host.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    host.querySelector<HTMLElement>('h1')?.focus();
  }

  function draw(): void {
    const tables = tablesOf(views);
    const first = views[0];
    if (!first || tables.length === 0) return message(t(lang, 'station.noTables'));
    switch (first.phase) {
      case 'decide': {
        const table = tables.find((tb) => tb.views.some((v) => v.myTurn));
        if (!table) return message(t(lang, 'station.waiting'));
        const turn = `${table.id}@${first.round}`;
        if (revealed === turn) return showTable(turn, table);
        return privacy(
          t(lang, 'station.pass', { table: table.name }),
          t(lang, 'station.passLead', { table: table.name, round: first.round, clock: clockLabel(first.minute) }),
          t(lang, 'station.reveal', { table: table.name }),
          () => {
            revealed = turn;
            draw();
          },
        );
      }
      case 'briefing': {
        const table = tables[briefing.index];
        if (!table) {
          return message(t(lang, 'station.briefingAllRead'), {
            label: t(lang, 'station.briefingAgain'),
            onClick: () => {
              briefing.index = 0;
              briefing.revealed = false;
              draw();
            },
          });
        }
        if (briefing.revealed) {
          const done = () => {
            const button = el('button', { className: 'button button--primary button--large', text: t(lang, 'station.briefingDone'), attrs: { type: 'button' } });
            button.addEventListener('click', () => {
              briefing.index += 1;
              briefing.revealed = false;
              draw();
            });
            return button;
          };
          // A language switch remounts the screen, so the button's words follow the language.
          if (mounted?.turn === `briefing:${table.id}` && mounted.lang !== lang) unmount();
          return showTable(`briefing:${table.id}`, table, done);
        }
        return privacy(t(lang, 'station.briefingPass', { table: table.name }), t(lang, 'station.briefingLead'), t(lang, 'station.reveal', { table: table.name }), () => {
          briefing.revealed = true;
          draw();
        });
      }
      case 'paused':
        return message(t(lang, 'station.paused'), undefined, first.pauseMessage === null ? undefined : t(lang, 'play.pauseMessage', { message: first.pauseMessage }));
      case 'setup':
        return message(t(lang, 'station.waiting'));
      default:
        return message(t(lang, 'station.over'));
    }
  }

  draw();
  return {
    update(next) {
      views = next;
      draw();
    },
    setLanguage(next) {
      lang = next;
      draw();
    },
    destroy: unmount,
  };
}
