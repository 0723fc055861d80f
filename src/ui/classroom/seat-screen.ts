// What an admitted device shows: the screen its seat has in any other window of an exercise — the
// participant screen for a table, the projector, or the evaluator's console — drawn from the views the
// classroom host sends. The screens are the same modules; only the transport differs.
import type { ProjectorView } from '../projector/projector.js';
import type { RoleView, TrainerView } from '../../engine/index.js';
import type { ClassroomSeat } from '../../host/protocol.js';
import type { ClientView } from '../../host/session-host.js';
import type { Language } from '../../i18n/index.js';
import type { SendCommand } from '../participant/participant-screen.js';
import { readState } from '../participant/read-state.js';

export interface SeatScreen {
  update(views: readonly ClientView[], lang: Language): void;
  destroy(): void;
}

const roleViews = (views: readonly ClientView[]): RoleView[] => views.flatMap((v) => (v.for === 'role' ? [v.view] : []));
const projectorView = (views: readonly ClientView[]): ProjectorView | undefined =>
  views.flatMap((v) => (v.for === 'projector' || v.for === 'room' ? [v.view] : []))[0];
const consoleView = (views: readonly ClientView[]): TrainerView | undefined => views.flatMap((v) => (v.for === 'trainer' || v.for === 'evaluator' ? [v.view] : []))[0];

export async function mountSeat(
  root: HTMLElement,
  seat: ClassroomSeat,
  scope: string,
  views: readonly ClientView[],
  lang: Language,
  send: SendCommand,
  storage: Storage | undefined,
): Promise<SeatScreen> {
  switch (seat.kind) {
    case 'table': {
      const { renderParticipant } = await import('../participant/participant-screen.js');
      const screen = renderParticipant(root, { views: roleViews(views), lang, send, read: readState(storage, `classroom:${scope}:${seat.table}`) });
      let shown = lang;
      return {
        update(next, nextLang) {
          if (nextLang !== shown) screen.setLanguage((shown = nextLang));
          const list = roleViews(next);
          if (list.length > 0) screen.update(list);
        },
        destroy: () => root.replaceChildren(),
      };
    }
    case 'projector': {
      const first = projectorView(views);
      const { renderProjector } = await import('../projector/projector.js');
      if (!first) return { update: () => undefined, destroy: () => root.replaceChildren() };
      const projector = renderProjector(root, { view: first, lang });
      return {
        update(next, nextLang) {
          const v = projectorView(next);
          if (v) projector.update(v, nextLang);
        },
        destroy: () => {
          projector.destroy();
          root.replaceChildren();
        },
      };
    }
    case 'evaluator': {
      const first = consoleView(views);
      const { renderTrainerConsole } = await import('../trainer/trainer-console.js');
      if (!first) return { update: () => undefined, destroy: () => root.replaceChildren() };
      const screen = renderTrainerConsole(root, { view: first, lang, send: (c) => void send(c), mode: 'evaluator' });
      return {
        update(next, nextLang) {
          const v = consoleView(next);
          if (v) screen.update(v, nextLang);
        },
        destroy: () => {
          screen.destroy();
          root.replaceChildren();
        },
      };
    }
  }
}
