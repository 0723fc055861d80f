// Setting up an exercise as a trainer would: the seed is shown and can be changed, tables and roles
// can be arranged, the content warnings must be acknowledged, and Start creates a saved session that
// this window hosts.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionBundle } from '../../src/engine/session/bundle.js';
import type { ScreenContext } from '../../src/ui/app/screen.js';
import { hostedSession, stopHosting } from '../../src/ui/session/runtime.js';
import { mountSetup } from '../../src/ui/setup/setup-screen.js';
import { localise } from '../../src/ui/text.js';
import { bundledScenario, fakeServices, type FakeServices } from './session-fixtures.js';

let services: FakeServices;
let navigated: string[];

function showSetup(lang: 'nl' | 'en' = 'nl', file = 'intro-market-square.json') {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const ctx: ScreenContext = {
    main,
    lang,
    services,
    chosen: { scenario: bundledScenario(file), fileName: file },
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
      messages: 'both',
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

describe('setup: how tables write messages', () => {
  it('offers the modes the scenario allows, starts with its own, and records the choice in the settings', async () => {
    showSetup();
    const u = userEvent.setup();
    const group = screen.getByRole('group', { name: 'Hoe schrijven de tafels hun publieksberichten?' });
    const radios = within(group).getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.value)).toEqual(['both', 'blocks', 'ownWords']);
    expect(radios.find((r) => r.checked)?.value).toBe('both');
    await u.click(within(group).getByRole('radio', { name: /^Eigen woorden/ }));
    await u.click(acknowledge());
    await u.click(start());
    expect((await savedBundle()).settings.messages).toBe('ownWords');
  });

  it('shows no choice for a scenario with one way of writing, and records none', async () => {
    const only = { ...bundledScenario(), communication: { ...bundledScenario().communication, mode: 'blocks' as const } };
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    mountSetup(
      { main, lang: 'nl', services, chosen: { scenario: only, fileName: 'x.json' }, choose: () => undefined, navigate: (hash) => navigated.push(hash), setTitle: () => undefined },
      { seed: () => '123456' },
    );
    expect(screen.queryByRole('group', { name: 'Hoe schrijven de tafels hun publieksberichten?' })).toBeNull();
    const u = userEvent.setup();
    await u.click(acknowledge());
    await u.click(start());
    expect((await savedBundle()).settings.messages).toBeUndefined();
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

const tableNames = () => screen.getAllByLabelText<HTMLInputElement>('Naam van de tafel').map((i) => i.value);
const seatOf = (label: string) => screen.getByLabelText<HTMLSelectElement>(label).selectedOptions[0]?.textContent;

describe('setup: table layouts in one click', () => {
  it('seats station-attack at three tables — policy team, driehoek and operations, national — in one click, and starts with them', async () => {
    showSetup('nl', 'station-attack.json');
    const u = userEvent.setup();
    expect(tableNames()).toHaveLength(9);
    await u.click(screen.getByRole('button', { name: 'Drie tafels: Beleidsteam / Driehoek en operationeel / Nationaal' }));
    expect(tableNames()).toEqual(['Beleidsteam', 'Driehoek en operationeel', 'Nationaal']);
    expect(within(screen.getByRole('group', { name: 'Tafelindeling in één klik' })).getByRole('status').textContent).toBe('Indeling gekozen: 3 tafels (Beleidsteam, Driehoek en operationeel, Nationaal).');
    expect(seatOf('Voorzitter Veiligheidsregio Lage Delta (burgemeester van Zuidervliet) (Voorzitter veiligheidsregio)')).toBe('Aan tafel Beleidsteam');
    expect(seatOf('Hoofdofficier van justitie, arrondissementsparket Lage Delta (Hoofdofficier van justitie)')).toBe('Aan tafel Driehoek en operationeel');
    // An optional role the trainer left to its defaults stays unplayed.
    expect(screen.getByLabelText<HTMLSelectElement>('Minister van Justitie en Veiligheid (Minister van Justitie en Veiligheid)').value).toBe('defaults');
    await u.click(acknowledge());
    await u.click(start());
    const bundle = await savedBundle();
    expect(bundle.settings.tables.map((t) => [t.name, t.roles])).toEqual([
      ['Beleidsteam', ['mayor-havenstad', 'chair-region', 'comm-adviser']],
      ['Driehoek en operationeel', ['operational-leader', 'ghor-commander', 'police-chief', 'chief-prosecutor']],
      ['Nationaal', ['nctv', 'nkc-director']],
    ]);
  });

  it('offers only the layouts that differ for the scenario, keeps typed participants with their role, and goes back to one table per role', async () => {
    showSetup();
    const u = userEvent.setup();
    const layouts = within(screen.getByRole('group', { name: 'Tafelindeling in één klik' })).getAllByRole('button').map((b) => b.textContent);
    // The intro has no national role: "local and national" would be one table, which "one table" already offers.
    expect(layouts).toEqual(['Twee tafels: Beleidsteam / Driehoek en operationeel', 'Eén tafel per rol (3 tafels)', 'Eén tafel voor alle rollen']);
    await u.type(screen.getAllByLabelText('Deelnemers')[1]!, 'Chris');
    await u.click(screen.getByRole('button', { name: 'Twee tafels: Beleidsteam / Driehoek en operationeel' }));
    expect(tableNames()).toEqual(['Beleidsteam', 'Driehoek en operationeel']);
    expect(screen.getAllByLabelText<HTMLTextAreaElement>('Deelnemers').map((p) => p.value)).toEqual(['', 'Chris']);
    await u.click(screen.getByRole('button', { name: 'Eén tafel voor alle rollen' }));
    expect(tableNames()).toEqual(['Alle rollen']);
    await u.click(screen.getByRole('button', { name: 'Eén tafel per rol (3 tafels)' }));
    expect(tableNames()).toEqual(['Burgemeester van Marewold', 'Politiechef eenheid Zuidervaart', 'Communicatieadviseur gemeente Marewold']);
  });
});

describe('setup: handouts before play', () => {
  it('shows a printable role card per role with its briefing and table, prints it, and goes back', async () => {
    showSetup('nl', 'station-attack.json');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Drie tafels: Beleidsteam / Driehoek en operationeel / Nationaal' }));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await u.click(screen.getByRole('button', { name: 'Rolkaarten tonen en printen' }));
    const cards = screen.getAllByRole('article');
    const scenario = bundledScenario('station-attack.json');
    expect(cards).toHaveLength(scenario.roles.length);
    const mayor = scenario.roles.find((r) => r.id === 'mayor-havenstad')!;
    const card = screen.getByRole('article', { name: localise(mayor.name, 'nl') });
    expect(card.textContent).toContain(localise(mayor.briefing, 'nl').slice(0, 60));
    expect(within(card).getByText('Beleidsteam')).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Printen' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
    await u.click(screen.getByRole('button', { name: 'Terug naar de voorbereiding' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rolkaarten tonen en printen' }));
    expect(tableNames()).toEqual(['Beleidsteam', 'Driehoek en operationeel', 'Nationaal']);
  });

  it('shows a one-page scenario background for the room: setting, start, threat level, time, tables and warnings, without the plot', async () => {
    showSetup('en', 'station-attack.json');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Three tables: Policy team / Driehoek and operations / National' }));
    await u.click(screen.getByRole('button', { name: 'Show and print the scenario background' }));
    const scenario = bundledScenario('station-attack.json');
    const page = screen.getByRole('article', { name: `Scenario background: ${localise(scenario.title, 'en')}` });
    const text = page.textContent ?? '';
    expect(text).toContain('Lage Delta Safety Region');
    expect(text).toContain('Havenstad, Zuidervliet, Oudemeer');
    expect(text).toMatch(/Tuesday,? 15 September 2026, 08:12/);
    expect(text).toContain('Each round is 12 minutes of scenario time; the exercise runs from T+0 to T+180 (15 rounds)');
    expect(within(page).getByText('Policy team')).toBeTruthy();
    for (const warning of scenario.contentWarnings) expect(text).toContain(localise(warning, 'en'));
    // What happens in the exercise is for the trainer: the summary and the trainer's introduction stay off the handout.
    expect(text).not.toContain(localise(scenario.summary, 'en').slice(0, 40));
    expect(text).not.toContain(localise(scenario.trainerIntro ?? 'no intro', 'en').slice(0, 40));
  });
});

describe('setup: a scenario in modules', () => {
  it('offers a mixed scenario (station-attack) to be run as a discussion, and records the choice', async () => {
    showSetup('nl', 'station-attack.json');
    const u = userEvent.setup();
    const choice = screen.getByRole<HTMLInputElement>('checkbox', { name: /Als discussieoefening spelen: module na module \(3 modules\)/ });
    expect(choice.checked).toBe(false);
    await u.click(choice);
    await u.click(acknowledge());
    await u.click(start());
    expect((await savedBundle()).settings).toMatchObject({ runByModule: true });
  });

  it('does not offer the choice where there is none: an operational scenario runs by rounds, a discussion-based one by module', () => {
    showSetup('nl', 'intro-market-square.json');
    expect(screen.queryByRole('checkbox', { name: /Als discussieoefening spelen/ })).toBeNull();
    showSetup('nl', 'ramming-tabletop.json');
    expect(screen.queryByRole('checkbox', { name: /Als discussieoefening spelen/ })).toBeNull();
  });
});
