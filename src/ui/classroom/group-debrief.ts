// The debrief of one group on the trainer's classroom page. The page holds no session: once play is over
// the host sends the group's whole session (scenario, seed, settings, log) with the console's view, and
// the page replays it here exactly as the hosting window does — the trainer's debrief with its replay,
// overrides, observations and exports, and beside it the room's debrief as the group's projector and
// tables see it. What arrives is read through the engine's bundle reader (it came over the network).
import type { Command } from '../../engine/index.js';
import { readBundle } from '../../engine/session/bundle.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { debriefView } from '../../engine/views/debrief-view.js';
import { roomNames } from '../../host/room-names.js';
import { t, type Language } from '../../i18n/index.js';
import type * as DebriefModule from '../debrief/index.js';
import type { DebriefScreen, RoomDebriefScreen } from '../debrief/index.js';
import type { DebriefFocus } from '../../host/room-focus.js';
import { loadBoard, type LoadBoard } from '../components/board-slot.js';
import { el, uniqueId } from '../dom.js';

export type DebriefAudience = 'trainer' | 'room';

export interface GroupDebriefOptions {
  readonly send: (command: Command) => unknown;
  readonly download?: (fileName: string, text: string, mime: string) => void;
  /** Put something in front of the group's room (its projector and tables) through the classroom host. */
  readonly focus?: (focus: DebriefFocus | null) => unknown;
  /** The board's code, for the replay's board (the real board by default). */
  readonly board?: LoadBoard;
}

export interface GroupDebrief {
  /** Show the group's session as it is now (the bundle as the host sent it). */
  show(bundle: unknown, lang: Language): void;
  setLanguage(lang: Language): void;
  destroy(): void;
}

export function createGroupDebrief(container: HTMLElement, options: GroupDebriefOptions): GroupDebrief {
  const ids = { switch: uniqueId('group-debrief-switch') };
  let lang: Language = 'nl';
  let audience: DebriefAudience = 'trainer';
  let session: { scenario: Scenario; state: ExerciseState } | null = null;
  let problem: string | null = null;
  let trainer: DebriefScreen | null = null;
  let room: RoomDebriefScreen | null = null;
  let destroyed = false;
  let loading: Promise<typeof DebriefModule> | null = null;

  const bar = el('div', { className: 'group-debrief__switch', attrs: { role: 'group', id: ids.switch } });
  const body = el('div', { className: 'group-debrief__body' });
  container.replaceChildren(bar, body);

  function drawSwitch(): void {
    bar.setAttribute('aria-label', t(lang, 'room.groupDebrief.switch'));
    const option = (value: DebriefAudience, label: 'room.groupDebrief.trainer' | 'room.groupDebrief.room') => {
      const b = el('button', { className: 'button', text: t(lang, label), attrs: { type: 'button', 'aria-pressed': String(audience === value), 'data-key': `debrief-${value}` } });
      b.addEventListener('click', () => {
        if (audience === value) return;
        audience = value;
        closeScreens();
        drawSwitch();
        void draw();
      });
      return b;
    };
    bar.replaceChildren(option('trainer', 'room.groupDebrief.trainer'), option('room', 'room.groupDebrief.room'));
  }

  function closeScreens(): void {
    trainer?.destroy();
    room?.destroy();
    trainer = null;
    room = null;
    body.replaceChildren();
  }

  async function draw(): Promise<void> {
    if (problem !== null) {
      closeScreens();
      body.replaceChildren(el('p', { className: 'refusal', text: problem, attrs: { role: 'alert' } }));
      return;
    }
    if (!session) return;
    loading ??= import('../debrief/index.js');
    const { renderDebrief, renderRoomDebrief } = await loading;
    if (destroyed || !session) return;
    const { scenario, state } = session;
    if (audience === 'trainer') {
      if (trainer) return trainer.update(state, lang);
      const root = el('div');
      body.replaceChildren(root);
      trainer = renderDebrief(root, {
        scenario,
        state,
        audience: 'trainer',
        lang,
        send: options.send,
        headingLevel: 2,
        board: options.board ?? loadBoard,
        ...(options.download ? { download: options.download } : {}),
        ...(options.focus ? { onFocus: options.focus } : {}),
      });
    } else {
      const view = debriefView(scenario, state, 'room');
      const names = roomNames(scenario, view);
      if (room) return room.update(view, names, lang);
      const root = el('div');
      body.replaceChildren(root);
      room = renderRoomDebrief(root, { view, names, lang, headingLevel: 2 });
    }
  }

  drawSwitch();
  return {
    show(bundle, nextLang) {
      lang = nextLang;
      // The scenario of the last reading is given again: the bundle reader then only checks its hash.
      const read = readBundle(bundle, session?.scenario);
      if (read.ok) {
        session = { scenario: read.scenario, state: read.state };
        problem = null;
      } else {
        problem = t(lang, 'room.groupDebrief.unreadable', { code: read.code });
      }
      drawSwitch();
      void draw();
    },
    setLanguage(next) {
      lang = next;
      drawSwitch();
      void draw();
    },
    destroy() {
      destroyed = true;
      closeScreens();
    },
  };
}
