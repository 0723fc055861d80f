// The room's debrief in a window of the room (the projector, a table window, the hot-seat station):
// drawn from the room's view and names the host sends once play is over, with the debrief's code loaded
// only then. It follows the latest state; the trainer's window is where the log is replayed and forked.
import '../../styles/exercise.css';
import type { ClientView } from '../../host/session-host.js';
import type { Language } from '../../i18n/index.js';
import type { RoomDebriefScreen } from '../debrief/index.js';

export type RoomView = Extract<ClientView, { for: 'room' }>;

export interface RoomDebriefSlot {
  /** Show the room's debrief, or take it away with null. */
  update(room: RoomView | null, lang: Language): void;
  destroy(): void;
}

export const roomViewOf = (views: readonly ClientView[]): RoomView | null => views.find((v): v is RoomView => v.for === 'room') ?? null;

export function createRoomDebriefSlot(container: HTMLElement, headingLevel: 1 | 2): RoomDebriefSlot {
  let screen: RoomDebriefScreen | null = null;
  let wanted: { room: RoomView; lang: Language } | null = null;
  let loading = false;
  let destroyed = false;

  function draw(): void {
    if (destroyed) return;
    if (wanted === null) {
      screen?.destroy();
      screen = null;
      container.hidden = true;
      return;
    }
    container.hidden = false;
    const { room, lang } = wanted;
    if (screen) {
      screen.update(room.view, room.names, lang);
      return;
    }
    if (loading) return;
    loading = true;
    void import('../debrief/index.js').then(({ renderRoomDebrief }) => {
      loading = false;
      if (destroyed || wanted === null || screen) return;
      screen = renderRoomDebrief(container, { view: wanted.room.view, names: wanted.room.names, lang: wanted.lang, headingLevel });
    });
  }

  container.hidden = true;
  return {
    update(room, lang) {
      wanted = room === null ? null : { room, lang };
      draw();
    },
    destroy() {
      destroyed = true;
      screen?.destroy();
      screen = null;
    },
  };
}
