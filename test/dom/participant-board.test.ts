// The board in the participant's screen: loaded only when the screen is shown, drawn from the view of
// the role on screen (a table with two roles sees each role's own picture), without a second copy of
// the structure and indicator panels or of the board actions the screen already offers, in the
// screen's language — and taken down when the screen goes (the station passes the device on).
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Board, BoardOptions } from '../../src/board/mount.js';
import type { CommonView, RoleView } from '../../src/engine/index.js';
import type { LoadBoard } from '../../src/ui/components/board-slot.js';
import { renderStation } from '../../src/ui/hotseat/station.js';
import { renderParticipant } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { mountSeat } from '../../src/ui/classroom/seat-screen.js';
import { exercise, HOTSEAT, MULTIWINDOW, type Exercise } from './session-fixtures.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Recorded {
  readonly load: LoadBoard;
  readonly loads: () => number;
  readonly mounts: { options: BoardOptions; shown: CommonView[]; calls: string[] }[];
}

/** A board that records what it was asked to do, in place of the real one (Phaser does not load in jsdom). */
function recordingBoard(): Recorded {
  let loads = 0;
  const mounts: Recorded['mounts'] = [];
  const load: LoadBoard = async () => {
    loads += 1;
    return {
      async mountBoard(target: HTMLElement, options: BoardOptions): Promise<Board> {
        const mount = { options, shown: [] as CommonView[], calls: [] as string[] };
        mounts.push(mount);
        target.append(Object.assign(document.createElement('p'), { textContent: 'the map' }));
        return {
          update: (view) => void mount.shown.push(view as CommonView),
          setLanguage: (lang) => void mount.calls.push(`lang ${lang}`),
          destroy: () => void mount.calls.push('destroy'),
        };
      },
    };
  };
  return { load, loads: () => loads, mounts };
}

let ex: Exercise;
beforeEach(() => {
  ex = exercise(HOTSEAT);
  for (const type of ['start', 'beginRounds', 'advance'] as const) ex.trainer(type);
});
afterEach(() => document.body.replaceChildren());

describe('participant screen: the board', () => {
  it('draws the view of the role on screen, without its own panels or actions, and follows role, language and updates', async () => {
    const roles = ['mayor', 'comms'];
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const board = recordingBoard();
    const page = renderParticipant(root, { views: ex.views(roles), lang: 'nl', send: ex.sendFor(roles), read: readState(undefined, 'board'), board: board.load });
    await settle();
    // The map has a tab of its own: its code loads when the table first opens it.
    expect(board.loads()).toBe(0);
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Kaart' }));
    await settle();
    expect(board.loads()).toBe(1);
    const [mount] = board.mounts;
    // The screen shows the structure, the indicators and the map actions itself.
    expect(mount?.options).toMatchObject({ lang: 'nl', panels: false, headingLevel: 3 });
    expect(mount?.options.onAction).toBeUndefined();
    expect(screen.getByRole('region', { name: 'Kaart' }).querySelector('[data-board-mount]')?.textContent).toBe('the map');
    expect((mount?.shown.at(-1) as RoleView).role.id).toBe('mayor');

    await userEvent.setup().click(screen.getByRole('button', { name: /^Communicatieadviseur gemeente Marewold/ }));
    expect((mount?.shown.at(-1) as RoleView).role.id).toBe('comms');

    ex.trainer('advance');
    page.update(ex.views(roles));
    // A new round opens on "This turn"; the map shows the new round when the table opens it again.
    expect(screen.getByRole('tab', { name: /^Deze beurt/, selected: true })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Kaart' }));
    expect((mount?.shown.at(-1) as RoleView).round).toBe(3);

    page.setLanguage('en');
    expect(mount?.calls).toEqual(['lang en']);
    page.destroy();
    expect(mount?.calls.at(-1)).toBe('destroy');
    expect(board.loads()).toBe(1);
  });

  it('is not loaded at all when the screen is given no board', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderParticipant(root, { views: ex.views(['police-chief']), lang: 'nl', send: ex.sendFor(['police-chief']), read: readState(undefined, 'none') });
    await settle();
    // Without a board there is no map tab, and nothing of the board on the page.
    expect(screen.queryByRole('tab', { name: 'Kaart' })).toBeNull();
    expect(root.querySelector('[data-board-mount]')).toBeNull();
  });

  it('goes with the table’s screen when the station passes the device on', async () => {
    const all = HOTSEAT.tables.flatMap((t) => t.roles);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const board = recordingBoard();
    const send = ex.sendFor(all);
    const station = renderStation(root, {
      views: ex.views(all),
      lang: 'nl',
      read: readState(undefined, 'station-board'),
      board: board.load,
      send: async (command) => {
        const result = await send(command);
        station.update(ex.views(all));
        return result;
      },
    });
    // Behind the privacy screen there is no board.
    await settle();
    expect(board.mounts).toHaveLength(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /toon ons scherm$/ }));
    await user.click(screen.getByRole('tab', { name: 'Kaart' }));
    await settle();
    expect(board.mounts).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Beurt beëindigen' }));
    await screen.findByRole('heading', { level: 1, name: /^Geef het apparaat aan / });
    expect(board.mounts[0]?.calls).toContain('destroy');
    await user.click(screen.getByRole('button', { name: /toon ons scherm$/ }));
    await user.click(screen.getByRole('tab', { name: 'Kaart' }));
    await settle();
    expect(board.mounts).toHaveLength(2);
    expect((board.mounts[1]?.shown.at(-1) as RoleView).role.id).toBe('police-chief');
    station.destroy();
    expect(board.mounts[1]?.calls).toContain('destroy');
  });
});

describe('classroom devices: the board like everywhere else', () => {
  it('a phone at a table and the projector device load the board and draw their own view of it', async () => {
    const room = exercise(MULTIWINDOW);
    for (const type of ['start', 'beginRounds'] as const) room.trainer(type);
    const send = room.sendFor(['police-chief']);

    // A phone seated at the police table: the participant screen, with the map in its tab.
    const phone = document.createElement('div');
    const projector = document.createElement('div');
    document.body.replaceChildren(phone, projector);
    const phoneBoard = recordingBoard();
    const seat = await mountSeat(phone, { kind: 'table', table: 't-police' }, 'room', [room.host.viewFor({ kind: 'table', roles: ['police-chief'] })], 'en', send, undefined, phoneBoard.load);
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Map' }));
    await settle();
    expect(phoneBoard.loads()).toBe(1);
    expect(phoneBoard.mounts[0]?.options.lang).toBe('en');
    expect((phoneBoard.mounts[0]?.shown.at(-1) as RoleView).role.id).toBe('police-chief');

    // The projector device: the public picture, in projector mode.
    const projectorBoard = recordingBoard();
    const shown = await mountSeat(projector, { kind: 'projector' }, 'room', [room.host.viewFor({ kind: 'projector' })], 'nl', send, undefined, projectorBoard.load);
    await settle();
    expect(projectorBoard.loads()).toBe(1);
    expect(projectorBoard.mounts[0]?.options).toMatchObject({ projector: true, lang: 'nl' });
    expect(projectorBoard.mounts[0]?.shown.at(-1)).not.toHaveProperty('role');
    seat.destroy();
    shown.destroy();
  });
});
