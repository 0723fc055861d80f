// Switching language re-says what the screens made earlier: the console's status line is made again from
// what it reports, and names the app made (a table named after its role, a setup layout's table, a classroom
// group's "Groep 2") follow the new language — while a name the trainer typed stays as typed.
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSettings } from '../../src/engine/index.js';
import type { RoomSnapshot } from '../../src/host/protocol.js';
import { localRoom } from '../../src/ui/classroom/names.js';
import { groupLabel, tableLabel } from '../../src/ui/table-names.js';
import { renderTrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise, fixtureScenario } from './trainer-session.js';

afterEach(() => document.body.replaceChildren());

/** Tables as the setup names them in Dutch: after their one role, after a layout, and one the trainer typed. */
const DUTCH_TABLES: SessionSettings = {
  mode: 'hotseat',
  tables: [
    { id: 'table-1', name: 'Burgemeester van Havenstad', roles: ['mayor'] },
    { id: 'table-2', name: 'Driehoek en operationeel', roles: ['police-chief', 'prosecutor'] },
    { id: 'table-3', name: 'Zaal B, achterin', roles: ['municipal-comms', 'nkc-director'] },
  ],
  simcell: ['nctv'],
  feedback: 'perRound',
};

describe('switching language nl → en', () => {
  it('says the console’s status line again in English, and the tables the app named in English', () => {
    const exercise = new Exercise(fixtureScenario(), DUTCH_TABLES).run({ type: 'start' }, { type: 'beginRounds' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const console = renderTrainerConsole(root, { view: exercise.trainerView(), lang: 'nl', send: () => undefined, mode: 'trainer' });
    exercise.run({ type: 'advance' });
    console.update(exercise.trainerView(), 'nl');
    expect(screen.getByRole('status').textContent).toBe('1 inject afgeleverd: De verdachte is gevlucht richting de binnenstad.');
    const turns = () => within(screen.getByRole('group', { name: /^(Beurten in deze ronde|Turns in this round)$/ })).getAllByRole('listitem').map((li) => li.textContent);
    expect(turns().join(' | ')).toContain('Burgemeester van Havenstad');

    console.update(exercise.trainerView(), 'en');
    expect(screen.getByRole('status').textContent).toMatch(/^1 inject delivered: /);
    expect(screen.getByRole('status').textContent).not.toContain('afgeleverd');
    const english = turns().join(' | ');
    expect(english).toContain('Mayor of Havenstad');
    expect(english).toContain('Driehoek and operations');
    // Typed by the trainer: stays as typed.
    expect(english).toContain('Zaal B, achterin');
    expect(english).not.toContain('Burgemeester');
  });

  it('names a classroom group and its role tables in the overview’s language', () => {
    const room = {
      code: 'ABC',
      joinUrls: [],
      qr: null,
      devices: [],
      scenarios: [],
      unreadable: [],
      groups: [
        {
          id: 'g1',
          title: 'Groep 2',
          tables: [
            { id: 'mayor', name: 'Burgemeester van Havenstad', roles: ['mayor'], label: { nl: 'Burgemeester van Havenstad', en: 'Mayor of Havenstad' } },
            { id: 'x', name: 'Onze tafel', roles: ['nctv'] },
          ],
        },
      ],
    } as unknown as RoomSnapshot;
    const english = localRoom(room, 'en').groups[0];
    expect(english?.title).toBe('Group 2');
    expect(english?.tables.map((tb) => tb.name)).toEqual(['Mayor of Havenstad', 'Onze tafel']);
    expect(localRoom(room, 'nl').groups[0]?.title).toBe('Groep 2');
    expect(groupLabel('Group 12', 'nl')).toBe('Groep 12');
    expect(groupLabel('Groepje 2', 'en')).toBe('Groepje 2');
    expect(tableLabel('Mayor of Havenstad', [{ nl: 'Burgemeester van Havenstad', en: 'Mayor of Havenstad' }], 'nl')).toBe('Burgemeester van Havenstad');
  });
});
