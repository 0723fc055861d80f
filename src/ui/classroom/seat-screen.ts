// What an admitted device shows: the screen its seat has in any other window of an exercise — the
// participant screen for a table (with its board, the hotwash and the room's debrief), the projector,
// or the evaluator's console — drawn from the views the classroom host sends. The mounters are the
// same as for the windows of the trainer's browser (session/seat-views.ts); only the transport differs.
import type { ClassroomSeat } from '../../host/protocol.js';
import type { ClientView } from '../../host/session-host.js';
import type { Language } from '../../i18n/index.js';
import { loadBoard, type LoadBoard } from '../components/board-slot.js';
import type { SendCommand } from '../participant/participant-screen.js';
import { mounterFor, type ViewScreen } from '../session/seat-views.js';

export type SeatScreen = ViewScreen;

export async function mountSeat(
  root: HTMLElement,
  seat: ClassroomSeat,
  scope: string,
  views: readonly ClientView[],
  lang: Language,
  send: SendCommand,
  storage: Storage | undefined,
  board: LoadBoard = loadBoard,
): Promise<SeatScreen> {
  const mount = await mounterFor(seat, { storage, scope: `classroom:${scope}`, board });
  return mount(root, views, lang, send);
}
