// The board inside a screen (the participant screen, the projector). The board's code — and with it
// Phaser, in a chunk of its own — is loaded with a dynamic import() the first time there is a view to
// show, so no screen pays for it before a board is on the page. The screen around it already shows the
// crisis structure and the indicators, so the board shows the map and its list only.
import type { Board, BoardOptions } from '../../board/mount.js';
import type { CommonView } from '../../engine/index.js';
import type { Language } from '../../i18n/first-screen.js';

export type LoadBoard = () => Promise<{ mountBoard(target: HTMLElement, options: BoardOptions): Promise<Board> }>;

export const loadBoard: LoadBoard = () => import('../../board/mount.js');

export interface BoardSlotOptions {
  readonly lang: Language;
  readonly load: LoadBoard;
  readonly projector?: boolean;
  /** Level of the board's own heading. */
  readonly headingLevel?: number;
}

/** What the board draws: a view with the common picture, or just the picture (the debrief's replay of a moment). */
export type BoardPicture = Parameters<Board['update']>[0];

export interface BoardSlot {
  /** Draw this view (mounting the board the first time). */
  show(view: CommonView | BoardPicture): void;
  setLanguage(lang: Language): void;
  destroy(): void;
}

export function createBoardSlot(target: HTMLElement, options: BoardSlotOptions): BoardSlot {
  let lang = options.lang;
  let latest: CommonView | BoardPicture | null = null;
  let board: Board | null = null;
  let loading = false;
  let destroyed = false;

  function mount(): void {
    loading = true;
    let mountedIn = lang;
    options
      .load()
      .then(({ mountBoard }) =>
        mountBoard(target, {
          lang: (mountedIn = lang),
          panels: false,
          ...(options.projector ? { projector: true } : {}),
          ...(options.headingLevel === undefined ? {} : { headingLevel: options.headingLevel }),
        }),
      )
      .then(
        (mounted) => {
          if (destroyed) {
            mounted.destroy();
            return;
          }
          board = mounted;
          if (mountedIn !== lang) mounted.setLanguage(lang);
          if (latest) mounted.update(latest);
        },
        // Without the board's code (a failed chunk download) the screen still holds everything the board shows in words.
        () => undefined,
      );
  }

  return {
    show(view) {
      if (destroyed || view === latest) return;
      latest = view;
      if (board) board.update(view);
      else if (!loading) mount();
    },
    setLanguage(next) {
      lang = next;
      board?.setLanguage(next);
    },
    destroy() {
      destroyed = true;
      board?.destroy();
      board = null;
    },
  };
}
