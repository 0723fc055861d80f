// The hot-seat station: one device passed between tables. Each turn starts behind the privacy screen,
// the previous table's screen is gone from the page (not hidden), and a reload starts behind the
// privacy screen again, at the same round.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderStation, type Station } from '../../src/ui/hotseat/station.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { exercise, HOTSEAT, type Exercise } from './session-fixtures.js';

const ALL_ROLES = HOTSEAT.tables.flatMap((t) => t.roles);
let ex: Exercise;

function showStation(): Station {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = ex.sendFor(ALL_ROLES);
  const station: Station = renderStation(root, {
    views: ex.views(ALL_ROLES),
    lang: 'nl',
    read: readState(undefined, 'station'),
    send: async (command) => {
      const result = await send(command);
      station.update(ex.views(ALL_ROLES));
      return result;
    },
  });
  return station;
}

/** Text only the mayor's table may read: the mayor's private briefing and the CoPI's advice to mayor and police. */
function mayorBriefing(): string {
  const briefing = ex.scenario.roles.find((r) => r.id === 'mayor')?.briefing;
  return typeof briefing === 'string' ? briefing : (briefing?.nl ?? '');
}

beforeEach(() => {
  ex = exercise(HOTSEAT);
  ex.trainer('start');
  ex.trainer('beginRounds');
});
afterEach(() => document.body.replaceChildren());

describe('hot-seat station', () => {
  it('starts each turn behind the privacy screen for the table whose turn it is', async () => {
    showStation();
    expect(screen.getByRole('heading', { level: 1, name: 'Geef het apparaat aan Tafel Gemeente' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nieuw sinds uw vorige beurt' })).toBeNull();
    expect(document.body.textContent).not.toContain(mayorBriefing().slice(0, 60));

    await userEvent.setup().click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tafel Gemeente' })).toBeTruthy();
    // The turn opens on what is new for the table.
    expect(screen.getByRole('region', { name: 'Nieuw sinds uw vorige beurt' })).toBeTruthy();
  });

  it('removes the previous table’s inbox and briefing from the page when the device is passed on', async () => {
    ex.trainer('advance');
    showStation();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    const inbox = screen.getByRole('region', { name: 'Nieuw sinds uw vorige beurt' });
    expect(within(inbox).getByRole('heading', { name: /CoPI: advies om op te schalen/ })).toBeTruthy();
    await u.click(screen.getByRole('tab', { name: 'Rolkaart' }));
    expect(document.body.textContent).toContain(mayorBriefing().slice(0, 60));

    await u.click(screen.getByRole('button', { name: 'Beurt beëindigen' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Geef het apparaat aan Tafel Politie' })).toBeTruthy();
    expect(inbox.isConnected).toBe(false);
    expect(document.querySelector('[data-privacy-screen]')).toBeTruthy();
    expect(document.querySelectorAll('.participant')).toHaveLength(0);
    expect(document.body.textContent).not.toContain(mayorBriefing().slice(0, 60));
    expect(document.body.textContent).not.toContain('CoPI: advies om op te schalen');
  });

  it('passes the device round after round, in table order', async () => {
    showStation();
    const u = userEvent.setup();
    for (const round of [1, 2]) {
      for (const table of ['Tafel Gemeente', 'Tafel Politie']) {
        expect(screen.getByText(new RegExp(`^Ronde ${round}, `))).toBeTruthy();
        await u.click(screen.getByRole('button', { name: `Wij zijn ${table}: toon ons scherm` }));
        await u.click(screen.getByRole('button', { name: 'Beurt beëindigen' }));
      }
    }
    expect(screen.getByText(/^Ronde 3, T\+20\./)).toBeTruthy();
    expect(ex.host.state.round).toBe(3);
  });

  it('after a reload resumes behind the privacy screen at the same round', async () => {
    ex.trainer('advance');
    showStation();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    await u.click(screen.getByRole('button', { name: 'Beurt beëindigen' }));
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Politie: toon ons scherm' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tafel Politie' })).toBeTruthy();

    // A reload builds the station afresh from the same views: nothing says the screen was revealed.
    showStation();
    expect(screen.getByRole('heading', { level: 1, name: 'Geef het apparaat aan Tafel Politie' })).toBeTruthy();
    expect(screen.getByText(/^Ronde 2, T\+10\./)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nieuw sinds uw vorige beurt' })).toBeNull();
  });

  it('lets each table read its briefing in turn before the rounds begin', async () => {
    ex = exercise(HOTSEAT);
    ex.trainer('start');
    showStation();
    const u = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Briefing: geef het apparaat aan Tafel Gemeente' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    // The briefing opens on the role card.
    expect(screen.getByRole('tab', { name: 'Rolkaart', selected: true })).toBeTruthy();
    expect(document.body.textContent).toContain(mayorBriefing().slice(0, 60));
    await u.click(screen.getByRole('button', { name: 'Klaar met lezen: geef het apparaat door' }));
    expect(document.body.textContent).not.toContain(mayorBriefing().slice(0, 60));
    expect(screen.getByRole('heading', { level: 1, name: 'Briefing: geef het apparaat aan Tafel Politie' })).toBeTruthy();
  });

  it('opens round 1 on "This turn" without the refusal a table met in the briefing', async () => {
    ex = exercise(HOTSEAT);
    ex.trainer('start');
    const station = showStation();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    // In the briefing nothing can be decided yet: the controls say so before a click.
    await u.click(screen.getByRole('tab', { name: 'Acties' }));
    const scale = screen.getByRole('button', { name: 'Op- of afschalen (GRIP)' }) as HTMLButtonElement;
    expect(scale.disabled).toBe(true);
    expect(document.getElementById(scale.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Handelen kan vanaf de eerste ronde.');
    ex.trainer('beginRounds');
    station.update(ex.views(ALL_ROLES));
    await u.click(screen.getByRole('button', { name: 'Wij zijn Tafel Gemeente: toon ons scherm' }));
    expect(screen.getByRole('tab', { name: /^Deze beurt/, selected: true })).toBeTruthy();
    await u.click(screen.getByRole('tab', { name: 'Acties' }));
    expect((screen.getByRole('button', { name: 'Op- of afschalen (GRIP)' }) as HTMLButtonElement).disabled).toBe(false);
    expect(document.querySelector('.refusal, .participant__why')).toBeNull();
  });
});

describe('hot-seat station: the pause', () => {
  it("shows the trainer's pause message on the shared device while paused, as text", () => {
    const r = ex.host.submit({ kind: 'trainer' }, { type: 'pause', message: '<b>Koffie</b> tot 10:45', actor: { kind: 'trainer' } });
    expect(r.ok).toBe(true);
    const station = showStation();
    expect(screen.getByText('De oefening is gepauzeerd. Wacht tot de oefenleider verdergaat.')).toBeTruthy();
    expect(screen.getByText('Bericht van de oefenleider: <b>Koffie</b> tot 10:45')).toBeTruthy();
    expect(document.body.querySelector('b')).toBeNull();
    ex.trainer('resume');
    station.update(ex.views(ALL_ROLES));
    expect(screen.queryByText(/Bericht van de oefenleider/)).toBeNull();
  });
});
