// The projector window: while the exercise runs, the common operational picture with the board drawn
// into it; in the hotwash the hotwash prompts and the points the tables add (no ratings); once the
// trainer opens the debrief, the room's debrief instead — the same ratings, evidence, timeline and
// communication analysis as the trainer's, without the trainer's material; and whenever the trainer puts a
// criterion, an event or a moment of the replay in front of the room, that instead, with the board at the moment.
import type { ClientView } from '../../host/session-host.js';
import type { Language } from '../../i18n/index.js';
import { createBoardSlot, loadBoard, type BoardSlot, type LoadBoard } from '../components/board-slot.js';
import { el } from '../dom.js';
import { createFocusStage, type FocusStage } from '../projector/debrief-focus.js';
import { renderProjector, type Projector } from '../projector/projector.js';
import { createHotwashSlot } from './hotwash.js';
import { createRoomDebriefSlot, roomViewOf } from './room-debrief.js';

export interface ProjectorWindow {
  update(views: readonly ClientView[], lang: Language): void;
  destroy(): void;
}

type LiveView = Extract<ClientView, { for: 'projector' }>;

export function mountProjectorWindow(root: HTMLElement, views: readonly ClientView[], lang: Language, load: LoadBoard = loadBoard): ProjectorWindow {
  const pictureRoot = el('div', { className: 'projector-window__picture' });
  const hotwashRoot = el('div', { className: 'projector-window__hotwash' });
  const debriefRoot = el('div', { className: 'projector-window__debrief' });
  const focusRoot = el('div', { className: 'projector-window__focus' });
  root.replaceChildren(pictureRoot, hotwashRoot, debriefRoot, focusRoot);
  let focus: FocusStage | null = null;
  focusRoot.hidden = true;
  const hotwash = createHotwashSlot(hotwashRoot, { headingLevel: 1, large: true });
  const debrief = createRoomDebriefSlot(debriefRoot, 1);
  let picture: { readonly projector: Projector; readonly board: BoardSlot; lang: Language } | null = null;

  function closePicture(): void {
    picture?.board.destroy();
    picture?.projector.destroy();
    picture = null;
    pictureRoot.hidden = true;
  }

  function show(next: readonly ClientView[], nextLang: Language): void {
    const room = roomViewOf(next);
    const live = next.find((v): v is LiveView => v.for === 'projector');
    const talking = live?.view.phase === 'hotwash';
    if (room || !live || talking) {
      closePicture();
    } else {
      pictureRoot.hidden = false;
      if (picture) {
        picture.projector.update(live.view, nextLang);
        if (picture.lang !== nextLang) picture.board.setLanguage((picture.lang = nextLang));
      } else {
        const projector = renderProjector(pictureRoot, { view: live.view, lang: nextLang });
        const mount = pictureRoot.querySelector<HTMLElement>('.projector-board[data-board-mount]');
        const board = mount
          ? createBoardSlot(mount, { lang: nextLang, load, projector: true, headingLevel: 3 })
          : { show: () => undefined, setLanguage: () => undefined, destroy: () => undefined };
        picture = { projector, board, lang: nextLang };
      }
      picture.board.show(live.view);
    }
    hotwash.update(room ? null : (live?.view ?? null), nextLang);
    // What the trainer opened in the debrief fills the screen; without it, the room's debrief as a whole.
    const focused = room?.focus ? room : null;
    debrief.update(room, nextLang);
    if (focused) debriefRoot.hidden = true;
    focusRoot.hidden = focused === null;
    if (focused) (focus ??= createFocusStage(focusRoot, load)).update(focused, nextLang);
  }

  show(views, lang);
  return {
    update: show,
    destroy() {
      closePicture();
      hotwash.destroy();
      debrief.destroy();
      focus?.destroy();
    },
  };
}
