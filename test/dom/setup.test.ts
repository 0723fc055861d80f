// Setting up an exercise as a trainer would: the seed is shown and can be changed, tables and roles
// can be arranged, the content warnings must be acknowledged, and Start creates a saved session that
// this window hosts.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionBundle } from '../../src/engine/session/bundle.js';
import type { ScreenContext } from '../../src/ui/app/screen.js';
import { hostedSession, stopHosting } from '../../src/ui/session/runtime.js';
import { mountSetup } from '../../src/ui/setup/setup-screen.js';
import { bundledScenario, fakeServices, type FakeServices } from './session-fixtures.js';

let services: FakeServices;
let navigated: string[];

function showSetup(lang: 'nl' | 'en' = 'nl') {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const ctx: ScreenContext = {
    main,
    lang,
    services,
    chosen: { scenario: bundledScenario(), fileName: 'intro-market-square.json' },
    choose: () => undefined,
    navigate: (hash) => navigated.push(hash),
    setTitle: () => undefined,
  };
  return mountSetup(ctx, { seed: () => '123456' });
}

async function savedBundle(): Promise<SessionBundle> {
  const latest = await services.autosave.latest();
  if (!latest.ok || !latest.session) throw new Error('nothing saved');
  return latest.session.bundle as SessionBundle;
}

const start = () => screen.getByRole('button', { name: 'Oefening aanmaken en console openen' });
const acknowledge = () => screen.getByRole('checkbox', { name: 'Ik heb de inhoudswaarschuwingen gelezen en met de groep besproken.' });

beforeEach(() => {
  services = fakeServices({ ids: ['sessie-1'] });
  navigated = [];
  window.sessionStorage.clear();
});
afterEach(() => {
  stopHosting('sessie-1');
  document.body.replaceChildren();
});

describe('setup: seed', () => {
  it('shows a random seed that the trainer can replace, and starts the session with the seed shown', async () => {
    showSetup();
    const seed = screen.getByLabelText<HTMLInputElement>('Seed');
    expect(seed.value).toBe('123456');
    const u = userEvent.setup();
    await u.clear(seed);
    await u.type(seed, 'klas-3b');
    await u.click(acknowledge());
    await u.click(start());
    expect((await savedBundle()).seed).toBe('klas-3b');
  });

  it('refuses to start without a seed and says where to fix it', async () => {
    showSetup();
    const u = userEvent.setup();
    await u.clear(screen.getByLabelText('Seed'));
    await u.click(acknowledge());
    await u.click(start());
    const problems = screen.getByRole('alert');
    expect(within(problems).getByRole('button', { name: /Vul een seed in/ })).toBeTruthy();
    await u.click(within(problems).getByRole('button', { name: /Vul een seed in/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Seed'));
    expect(navigated).toEqual([]);
  });
});

describe('setup: tables and roles', () => {
  it('starts with one table per role the scenario needs, and leaves the optional role to its defaults', () => {
    showSetup();
    const tables = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET' && g.classList.contains('setup__table'));
    expect(tables.map((t) => within(t).getByLabelText<HTMLInputElement>('Naam van de tafel').value)).toEqual([
      'Burgemeester van Marewold',
      'Politiechef eenheid Zuidervaart',
      'Communicatieadviseur gemeente Marewold',
    ]);
    const prosecutor = screen.getByLabelText<HTMLSelectElement>('Hoofdofficier van justitie (Hoofdofficier van justitie)');
    expect(prosecutor.value).toBe('defaults');
    // A role the exercise needs cannot be left unplayed.
    const mayor = screen.getByLabelText<HTMLSelectElement>('Burgemeester van Marewold (Burgemeester)');
    expect([...mayor.options].map((o) => o.value)).not.toContain('defaults');
  });

  it('puts two roles at one table, names participants, lets the trainer play a role, and starts with those settings', async () => {
    showSetup();
    const u = userEvent.setup();
    await u.selectOptions(screen.getByLabelText('Communicatieadviseur gemeente Marewold (Communicatieadviseur gemeente)'), 'table-1');
    await u.selectOptions(screen.getByLabelText('Hoofdofficier van justitie (Hoofdofficier van justitie)'), 'simcell');
    await u.click(screen.getByRole('button', { name: 'Tafel Communicatieadviseur gemeente Marewold verwijderen' }));
    const name = screen.getAllByLabelText<HTMLInputElement>('Naam van de tafel')[0]!;
    await u.clear(name);
    await u.type(name, 'Gemeente');
    await u.type(screen.getAllByLabelText('Deelnemers')[0]!, 'Anna{Enter}Bram');
    await u.click(acknowledge());
    await u.click(start());

    const bundle = await savedBundle();
    expect(bundle.settings).toEqual({
      mode: 'hotseat',
      tables: [
        { id: 'table-1', name: 'Gemeente', roles: ['mayor', 'comms'], participants: ['Anna', 'Bram'] },
        { id: 'table-2', name: 'Politiechef eenheid Zuidervaart', roles: ['police-chief'] },
      ],
      simcell: ['prosecutor'],
      feedback: 'perRound',
    });
    expect(navigated).toEqual(['#/session/sessie-1/trainer']);
    expect(hostedSession('sessie-1')?.host.state.phase).toBe('setup');
  });

  it('adds a table and refuses to start while it plays no role', async () => {
    showSetup();
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Tafel toevoegen' }));
    expect(document.activeElement).toBe(screen.getAllByLabelText('Naam van de tafel')[3]);
    await u.click(acknowledge());
    await u.click(start());
    expect(within(screen.getByRole('alert')).getByText('De tafel “Tafel 4” speelt nog geen rol.')).toBeTruthy();
    expect(navigated).toEqual([]);
  });
});

describe('setup: content warnings', () => {
  it('lists the warnings and starts only after an explicit acknowledgement', async () => {
    showSetup();
    const warnings = screen.getByRole('region', { name: 'Inhoudswaarschuwingen' });
    expect(within(warnings).getByText(/Geweld met een mes/)).toBeTruthy();
    const u = userEvent.setup();
    await u.click(start());
    expect(within(screen.getByRole('alert')).getByText('Bevestig dat u de inhoudswaarschuwingen met de groep hebt besproken.')).toBeTruthy();
    expect(navigated).toEqual([]);
    expect((await services.autosave.latest()).ok && (await services.autosave.latest())).toMatchObject({ session: null });

    await u.click(acknowledge());
    expect(screen.queryByRole('alert')).toBeNull();
    await u.click(start());
    expect(navigated).toEqual(['#/session/sessie-1/trainer']);
  });
});

describe('setup: windows, feedback and timer', () => {
  it('opens the first chosen window at start and keeps the timer and feedback choice in the settings', async () => {
    showSetup();
    const u = userEvent.setup();
    await u.click(screen.getByRole('radio', { name: /Tegelijk, elke tafel in een eigen venster/ }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Een venster per tafel' }).checked).toBe(true);
    await u.click(screen.getByRole('radio', { name: 'Pas bij de nabespreking' }));
    await u.click(screen.getByRole('checkbox', { name: 'Een timer per ronde tonen' }));
    const minutes = screen.getByLabelText('Minuten per ronde');
    await u.clear(minutes);
    await u.type(minutes, '12');
    await u.click(acknowledge());
    await u.click(start());

    const settings = (await savedBundle()).settings;
    expect(settings).toMatchObject({ mode: 'multiwindow', feedback: 'debrief', roundTimerSeconds: 720 });
    expect(services.opened).toEqual([{ hash: '#/session/sessie-1/table/table-1', name: 'crisistafel-sessie-1-table-table-1' }]);
  });
});

describe('setup: language', () => {
  it('keeps what was filled in when the language changes', async () => {
    const setup = showSetup();
    const u = userEvent.setup();
    await u.clear(screen.getByLabelText('Seed'));
    await u.type(screen.getByLabelText('Seed'), 'zeven');
    await u.click(acknowledge());
    setup.setLanguage('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Prepare the exercise' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Seed').value).toBe('zeven');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'I have read the content warnings and discussed them with the group.' }).checked).toBe(true);
  });
});
