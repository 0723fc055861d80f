// The trainer's classroom page once groups have played: the groups side by side (ratings and key
// decisions), and a group's debrief replayed from the session the host sends — the trainer's, with the
// exports, and the room's as the group's devices see it.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBundle } from '../../src/engine/session/bundle.js';
import type { RoomSnapshot } from '../../src/host/protocol.js';
import { renderComparison } from '../../src/ui/classroom/comparison.js';
import { createGroupDebrief } from '../../src/ui/classroom/group-debrief.js';
import { must, played, TRAINER } from './debrief-support.js';

afterEach(() => document.body.replaceChildren());

type Group = RoomSnapshot['groups'][number];

const objectives = (ratings: readonly string[]) => ['VB1', 'VB2'].map((id, i) => ({ id, rating: ratings[i] ?? 'notExercised', overridden: false }));

function group(id: string, title: string, outcome: Group['outcome'], scenario = 'intro'): Group {
  return {
    id,
    title,
    scenario: { id: scenario, title: { nl: 'Introductie', en: 'Introduction' } },
    seed: '7',
    phase: outcome ? 'debrief' : 'decide',
    round: 3,
    minute: 30,
    startsAt: '2026-03-14T08:10',
    commands: 9,
    lastAction: null,
    pendingDecisions: [],
    tables: [],
    damage: null,
    failed: false,
    outcome,
  };
}

const close = { id: 'd-close', prompt: { nl: 'Sluit u de Brink af?', en: 'Do you close the Brink?' } };
const warn = { id: 'd-warn', prompt: { nl: 'Stuurt u een NL-Alert?', en: 'Do you send an NL-Alert?' } };

function room(groups: Group[]): RoomSnapshot {
  return { code: 'ABCDEF', joinUrls: [], qr: null, devices: [], groups, scenarios: [], unreadable: [] };
}

describe('the groups side by side', () => {
  const one = group('g-1', 'Groep 1', {
    objectives: objectives(['P', 'S']),
    decisions: [
      { ...close, option: { nl: 'Ja, direct', en: 'Yes, at once' }, byDefault: false },
      { ...warn, option: { nl: 'Nee', en: 'No' }, byDefault: false },
    ],
  });
  const two = group('g-2', 'Groep 2', {
    objectives: [{ id: 'VB1', rating: 'M', overridden: true }, ...objectives(['', 'S']).slice(1)],
    decisions: [
      { ...close, option: { nl: 'Nee', en: 'No' }, byDefault: true },
      { ...warn, option: { nl: 'Nee', en: 'No' }, byDefault: false },
    ],
  });

  it('shows every finished group’s rating per objective in words and its option per decision, marking where they differ', () => {
    const section = renderComparison(room([one, two, group('g-3', 'Groep 3', null)]), 'nl', 'cmp')!;
    document.body.append(section);
    const table = within(section).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Doelstelling of besluit', 'Groep 1', 'Groep 2']);
    const vb1 = within(table).getByRole('row', { name: /^VB1 / });
    expect(within(vb1).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'P P — uitgevoerd zonder uitdagingen',
      'M M — uitgevoerd met grote uitdagingen (aangepast door de oefenleider)',
    ]);
    const closing = within(table).getByRole('row', { name: /Sluit u de Brink af\?/ });
    expect(within(closing).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Ja, direct', 'Nee (standaard, niet zelf gekozen)']);
    expect(closing.className).toContain('comparison__row--differs');
    expect(within(table).getByRole('row', { name: /NL-Alert/ }).className).not.toContain('differs');
  });

  it('is not there before any group has finished, and compares groups of one scenario only with each other', () => {
    expect(renderComparison(room([group('g-1', 'Groep 1', null)]), 'nl', 'cmp')).toBeNull();
    const other = { ...group('g-9', 'Groep 9', one.outcome ?? null, 'station'), scenario: { id: 'station', title: 'Station' } };
    const section = renderComparison(room([one, other]), 'en', 'cmp')!;
    expect(within(section).getAllByRole('table')).toHaveLength(2);
    expect(within(section).getByRole('heading', { name: 'Groups side by side' })).toBeTruthy();
  });
});

describe('a group’s debrief on the classroom page', () => {
  const { scenario, state } = played('intro-market-square', '21', 'random');
  const stopped = state.phase === 'hotwash' ? state : must(scenario, state, { type: 'end', actor: TRAINER });
  const opened = must(scenario, stopped, { type: 'openDebrief', actor: TRAINER });

  it('replays the session the host sent: the trainer’s debrief with the exports, and the room’s without them', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const sent: unknown[] = [];
    const debrief = createGroupDebrief(root, { send: (c) => sent.push(c) });
    // As it arrives over the network: plain JSON.
    debrief.show(JSON.parse(JSON.stringify(makeBundle(scenario, opened))), 'nl');
    expect(await screen.findByRole('heading', { name: 'Exporteren' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /^Nabespreking: / })).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Nabespreking zoals de zaal haar ziet' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Exporteren' })).toBeNull());
    expect(screen.getByRole('heading', { level: 2, name: /^Nabespreking: / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nabespreking zoals de zaal haar ziet' }).getAttribute('aria-pressed')).toBe('true');

    debrief.setLanguage('en');
    expect(await screen.findByRole('heading', { level: 2, name: /^Debrief: / })).toBeTruthy();
    debrief.destroy();
  });

  it('says so when what arrived is not a session it can replay, instead of showing nothing', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const debrief = createGroupDebrief(root, { send: () => undefined });
    debrief.show({ format: 'crisistafel-session', version: 1, log: 'nonsense' }, 'nl');
    return waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/kon niet worden gelezen \(bundle-invalid\)/));
  });
});
