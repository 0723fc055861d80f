// The room's debrief in the windows of the room, which hold no state: drawn from the room's view and the
// names the host sends, it says exactly what the room's debrief drawn from the whole state says — and
// the projector window turns from the live picture (with its board) to that debrief once play is over.
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, scenarioHash, type CommonView, type ExerciseState } from '../../src/engine/index.js';
import type { Board, BoardOptions } from '../../src/board/mount.js';
import type { ClientView } from '../../src/host/session-host.js';
import { SessionHost } from '../../src/host/session-host.js';
import type { LoadBoard } from '../../src/ui/components/board-slot.js';
import { renderDebrief, renderRoomDebrief } from '../../src/ui/debrief/index.js';
import { mountProjectorWindow } from '../../src/ui/session/projector-window.js';
import { must, played, TRAINER } from './debrief-support.js';

afterEach(() => document.body.replaceChildren());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function roomOf(host: SessionHost): Extract<ClientView, { for: 'room' }> {
  const room = host.roomView();
  if (!room) throw new Error('no room view');
  return room;
}

/** A board that records what it was asked to do, in place of the real one (Phaser does not load in jsdom). */
function recordingBoard() {
  const calls: string[] = [];
  const shown: CommonView[] = [];
  const load: LoadBoard = async () => ({
    async mountBoard(target: HTMLElement, options: BoardOptions): Promise<Board> {
      calls.push(`mount lang=${options.lang} projector=${String(options.projector)} panels=${String(options.panels)}`);
      target.dataset.boardRenderer = 'webgl';
      target.append(Object.assign(document.createElement('p'), { textContent: 'map' }));
      return {
        update: (view) => {
          shown.push(view as CommonView);
          target.dataset.boardVersion = String(view.version);
        },
        setLanguage: (lang) => calls.push(`lang ${lang}`),
        destroy: () => calls.push('destroy'),
      };
    },
  });
  return { load, calls, shown };
}

describe('the room’s debrief from the room’s view', () => {
  const { scenario, state } = played('intro-market-square', '11', 'random');
  const stopped: ExerciseState = state.phase === 'hotwash' || state.phase === 'debrief' ? state : must(scenario, state, { type: 'end', actor: TRAINER });
  // The room sees the debrief once the trainer opens it (in the hotwash it talks from prompts).
  const over: ExerciseState = stopped.phase === 'debrief' ? stopped : must(scenario, stopped, { type: 'openDebrief', actor: TRAINER });
  const host = new SessionHost(scenario, over);

  it('says what the room’s debrief drawn from the whole state says: ratings, criteria, timeline and messages', () => {
    const fromState = document.createElement('div');
    const fromView = document.createElement('div');
    document.body.replaceChildren(fromState, fromView);
    renderDebrief(fromState, { scenario, state: over, audience: 'room', lang: 'nl', send: () => undefined });
    const room = roomOf(host);
    renderRoomDebrief(fromView, { view: room.view, names: room.names, lang: 'nl' });
    for (const part of ['.debrief__objectives', '.debrief__themes', '.debrief__timeline', '.debrief__communication', '.debrief__ending']) {
      expect(fromView.querySelector(part)?.textContent, part).toBe(fromState.querySelector(part)?.textContent);
    }
    // Timeline entries are named, not shown as ids.
    expect(within(fromView).getAllByRole('listitem').length).toBeGreaterThan(0);
    // The room follows the latest state: no replay and no fork in its windows.
    expect(fromView.querySelector('.scrubber')).toBeNull();
    expect(fromState.querySelector('.scrubber')).not.toBeNull();
    expect(within(fromView).queryByRole('heading', { name: 'Exporteren' })).toBeNull();
  });

  it('follows the views it is given and switches language in place', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const room = roomOf(host);
    const debrief = renderRoomDebrief(root, { view: room.view, names: room.names, lang: 'nl' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Nabespreking: /);
    debrief.update(room.view, room.names, 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Debrief: /);
  });
});

describe('the projector window', () => {
  it('draws the live picture with its board (no panels of its own), then the hotwash prompts, then the room’s debrief once the trainer opens it', async () => {
    const { scenario, state } = played('intro-market-square', '12', 'random');
    let running = createSession(scenario, state.seed, state.settings, scenarioHash(scenario));
    for (const type of ['start', 'beginRounds'] as const) running = must(scenario, running, { type, actor: TRAINER });
    const host = new SessionHost(scenario, running);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const board = recordingBoard();
    const projector = mountProjectorWindow(root, [host.viewFor({ kind: 'projector' })], 'nl', board.load);
    await settle();
    expect(board.calls).toEqual(['mount lang=nl projector=true panels=false']);
    const mount = root.querySelector<HTMLElement>('[data-board-mount]')!;
    expect(board.shown.at(-1)?.audience).toEqual({ kind: 'public' });
    expect(mount.dataset.boardRenderer).toBe('webgl');

    // A new view redraws the projector around the board; the board's own marks on its element stay.
    host.submit({ kind: 'trainer' }, { type: 'advance', actor: TRAINER });
    projector.update([host.viewFor({ kind: 'projector' })], 'nl');
    expect(board.shown).toHaveLength(2);
    expect(root.querySelector('[data-board-mount]')).toBe(mount);
    expect(mount.dataset.boardRenderer).toBe('webgl');
    expect(mount.dataset.boardVersion).toBe(String(board.shown[1]?.version));

    projector.update([host.viewFor({ kind: 'projector' })], 'en');
    expect(board.calls).toContain('lang en');

    // Play over: the hotwash replaces the picture — the prompts and the points gathered, no ratings — and the board is taken down.
    host.submit({ kind: 'trainer' }, { type: 'end', actor: TRAINER });
    host.submit({ kind: 'trainer' }, { type: 'hotwash', kind: 'strength', text: 'Snel een gezamenlijk beeld', actor: TRAINER });
    projector.update([host.viewFor({ kind: 'projector' })], 'nl');
    expect(screen.getByRole('heading', { level: 1, name: 'Hotwash' })).toBeTruthy();
    expect(screen.getByText('Wat kan beter, en wat doen we daaraan?')).toBeTruthy();
    expect(screen.getByText('Snel een gezamenlijk beeld')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(root.textContent).not.toMatch(/uitgevoerd (zonder|met)/);
    expect(board.calls.at(-1)).toBe('destroy');
    expect(root.querySelector('[data-board-mount]')).toBeNull();

    // The trainer opens the debrief: the room's debrief replaces the hotwash.
    host.submit({ kind: 'trainer' }, { type: 'openDebrief', actor: TRAINER });
    projector.update([host.viewFor({ kind: 'projector' })], 'nl');
    await screen.findByRole('heading', { level: 1, name: /^Nabespreking: / });
    expect(screen.queryByText('Wat verraste u?')).toBeNull();
    expect(board.calls.at(-1)).toBe('destroy');
    expect(root.querySelector('[data-board-mount]')).toBeNull();
    projector.destroy();
  });
});
