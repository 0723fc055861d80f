// What a window of the room shows at its seat, drawn from the views the host sends: the participant
// screen of a table (with its board), the hot-seat station, the projector, or a console. The same
// mounters serve both transports — windows of the trainer's browser (BroadcastChannel) and devices in
// classroom mode (websockets) — so a phone in the classroom sees exactly what a table window sees:
// the board, the hotwash once play stops, and the room's debrief once the trainer opens it.
import type { Seat } from '../../host/broadcast.js';
import type { ClientView } from '../../host/session-host.js';
import type { RoleView } from '../../engine/index.js';
import type { Language } from '../../i18n/index.js';
import type { LoadBoard } from '../components/board-slot.js';
import { el } from '../dom.js';
import type { SendCommand } from '../participant/participant-screen.js';
import { readState } from '../participant/read-state.js';
import { createHotwashSlot } from './hotwash.js';
import { createRoomDebriefSlot, roomViewOf } from './room-debrief.js';

/** A screen drawn from the views this window receives. */
export interface ViewScreen {
  update(views: readonly ClientView[], lang: Language): void;
  destroy(): void;
}

export type Mount = (root: HTMLElement, views: readonly ClientView[], lang: Language, send: SendCommand) => ViewScreen;

export interface MountOptions {
  /** Where the window keeps what it has read (sessionStorage), and under which name. */
  readonly storage: Storage | undefined;
  readonly scope: string;
  readonly board: LoadBoard;
}

export const roleViews = (views: readonly ClientView[]): RoleView[] => views.flatMap((v) => (v.for === 'role' ? [v.view] : []));

/**
 * Once the trainer opens the debrief, the room's debrief at every table: with feedback at the debrief it
 * is the first the table sees of the ratings; with feedback per round the table has had its own, and now
 * sees where the group as a whole came out — the same picture as the projector.
 */
const tableDebrief = (views: readonly ClientView[]) => roomViewOf(views);

/** A table's screen and, below its heading, the hotwash and then the room's debrief. */
function tableScreen(
  root: HTMLElement,
  views: readonly ClientView[],
  lang: Language,
  send: SendCommand,
  draw: (slot: HTMLElement) => { update(list: readonly RoleView[]): void; setLanguage(lang: Language): void; destroy(): void },
): ViewScreen {
  const slot = el('div', { className: 'participant__debrief' });
  const hotwashRoot = el('div');
  const debriefRoot = el('div');
  slot.append(hotwashRoot, debriefRoot);
  const screen = draw(slot);
  const hotwash = createHotwashSlot(hotwashRoot, { headingLevel: 2 });
  const debrief = createRoomDebriefSlot(debriefRoot, 2);
  // The framed slot takes no room while neither the hotwash nor the debrief is on: during play the turn view
  // must fit the window without a page scroll.
  const showSlot = () => {
    slot.hidden = hotwashRoot.hidden && debriefRoot.hidden;
  };
  hotwash.update(roleViews(views)[0] ?? null, lang);
  debrief.update(tableDebrief(views), lang);
  showSlot();
  let shownLang = lang;
  return {
    update(next, nextLang) {
      if (nextLang !== shownLang) screen.setLanguage((shownLang = nextLang));
      const list = roleViews(next);
      if (list.length > 0) screen.update(list);
      hotwash.update(list[0] ?? null, nextLang);
      debrief.update(tableDebrief(next), nextLang);
      showSlot();
    },
    destroy() {
      screen.destroy();
      hotwash.destroy();
      debrief.destroy();
    },
  };
}

export async function mounterFor(seat: Seat, options: MountOptions): Promise<Mount> {
  const { storage, scope } = options;
  switch (seat.kind) {
    case 'table': {
      const { renderParticipant } = await import('../participant/participant-screen.js');
      return (root, views, lang, send) =>
        tableScreen(root, views, lang, send, (debriefSlot) =>
          renderParticipant(root, { views: roleViews(views), lang, send, read: readState(storage, `${scope}:table:${seat.table}`), board: options.board, debriefSlot }),
        );
    }
    case 'station': {
      const { renderStation } = await import('../hotseat/station.js');
      return (root, views, lang, send) =>
        tableScreen(root, views, lang, send, (debriefSlot) => {
          const stationRoot = el('div');
          root.replaceChildren(stationRoot, debriefSlot);
          debriefSlot.className = 'station__debrief';
          return renderStation(stationRoot, { views: roleViews(views), lang, send, read: readState(storage, `${scope}:station`), board: options.board });
        });
    }
    case 'projector': {
      const { mountProjectorWindow } = await import('./projector-window.js');
      return (root, views, lang) => mountProjectorWindow(root, views, lang, options.board);
    }
    case 'feedback': {
      // The window opened from the feedback link: the anonymous form only, drawn from what the projector sees.
      const { feedbackInfoFromView, renderFeedbackPage } = await import('../discussion/feedback-page.js');
      return (root, views, lang, send) => {
        const info = (list: readonly ClientView[]) => {
          const v = list.find((x) => x.for === 'projector');
          return v && v.for === 'projector' ? feedbackInfoFromView(v.view) : null;
        };
        let shownLang = lang;
        const page = renderFeedbackPage(root, {
          lang,
          send: (form) => send({ type: 'feedback', actor: { kind: 'trainer' }, ...form }),
        });
        const first = info(views);
        if (first) page.show({ kind: 'form', info: first });
        return {
          update(next, nextLang) {
            if (nextLang !== shownLang) page.setLanguage((shownLang = nextLang));
            const now = info(next);
            if (now) page.show({ kind: 'form', info: now });
          },
          destroy: () => page.destroy(),
        };
      };
    }
    case 'trainer':
    case 'evaluator': {
      const { renderTrainerConsole } = await import('../trainer/trainer-console.js');
      const pick = (views: readonly ClientView[]) => views.find((v) => v.for === 'trainer' || v.for === 'evaluator');
      return (root, views, lang, send) => {
        const first = pick(views);
        if (!first || (first.for !== 'trainer' && first.for !== 'evaluator')) return { update: () => undefined, destroy: () => undefined };
        const consoleScreen = renderTrainerConsole(root, { view: first.view, lang, send: (c) => void send(c), mode: seat.kind });
        return {
          update(next, nextLang) {
            const v = pick(next);
            if (v && (v.for === 'trainer' || v.for === 'evaluator')) consoleScreen.update(v.view, nextLang);
          },
          destroy: () => consoleScreen.destroy(),
        };
      };
    }
  }
}
