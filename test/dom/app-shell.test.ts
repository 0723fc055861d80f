// The app shell as a user meets it: addresses lead to screens, an unknown one to a friendly page, a
// saved exercise is offered for resuming, a damaged save is explained with a way out, and switching
// language keeps what is on screen.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, createSession, scenarioHash, type Command } from '../../src/engine/index.js';
import { makeBundle } from '../../src/engine/session/bundle.js';
import { memoryStore, type AutosaveStore } from '../../src/storage/autosave.js';
import { startApp, type App } from '../../src/ui/app/shell.js';
import { hostedSession, stopHosting } from '../../src/ui/session/runtime.js';
import { bundledScenario, fakeServices, HOTSEAT, type FakeServices } from './session-fixtures.js';

let app: App | null = null;
let services: FakeServices;
let store: AutosaveStore;

async function open(hash: string): Promise<App> {
  window.history.replaceState(null, '', `/${hash}`);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  app = startApp(root, { storage: window.localStorage, languages: ['nl'], bundled: () => Promise.resolve([]), services: async () => services });
  await app.ready;
  return app;
}

async function go(hash: string): Promise<void> {
  window.location.hash = hash;
  await waitFor(() => expect(window.location.hash).toBe(hash));
  await new Promise((r) => setTimeout(r, 0));
  await app?.settled();
}

/** A real exercise two rounds in, saved the way autosave saves it. */
async function saveExercise(id: string): Promise<void> {
  const scenario = bundledScenario();
  let state = createSession(scenario, 'resume-test', HOTSEAT, scenarioHash(scenario));
  const trainer = { kind: 'trainer' } as const;
  for (const command of [{ type: 'start', actor: trainer }, { type: 'beginRounds', actor: trainer }, { type: 'advance', actor: trainer }] as Command[]) {
    const r = applyCommand(scenario, state, command);
    if (!r.ok) throw new Error(r.refusal.code);
    state = r.state;
  }
  await store.save({ id, bundle: makeBundle(scenario, state), savedAt: Date.UTC(2026, 4, 16, 9, 30), title: 'Introductie: steekpartij op de Brink' });
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  store = memoryStore();
  services = fakeServices({ autosave: store });
});
afterEach(() => {
  app?.stop();
  app = null;
  stopHosting('saved-1');
  document.body.replaceChildren();
});

describe('app shell: routes', () => {
  it('shows a friendly page with a link home for an address that is no screen', async () => {
    await open('#/bestaat-niet');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('#/');
  });

  it('follows the address: home, then setup, then back home', async () => {
    await open('#/');
    expect(screen.getByRole('heading', { level: 1, name: 'Crisistafel' })).toBeTruthy();
    await go('#/setup');
    expect(screen.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeTruthy();
    await go('#/');
    expect(screen.getByRole('heading', { level: 2, name: 'Zo werkt het' })).toBeTruthy();
  });
});

describe('app shell: resuming a saved exercise', () => {
  it('offers the saved exercise on the home page and resumes it exactly where it was', async () => {
    await saveExercise('saved-1');
    await open('#/');
    const offer = await screen.findByRole('region', { name: 'Verder met de bewaarde oefening?' });
    expect(within(offer).getByText(/Introductie: steekpartij op de Brink: ronde 2 \(T\+10\)/)).toBeTruthy();

    await userEvent.setup().click(within(offer).getByRole('button', { name: 'Oefening hervatten' }));
    await waitFor(() => expect(window.location.hash).toBe('#/session/saved-1/trainer'));
    await app?.settled();
    const hosted = hostedSession('saved-1');
    expect(hosted?.host.state.round).toBe(2);
    expect(hosted?.host.state.minute).toBe(10);
    expect(await screen.findByRole('heading', { level: 1, name: 'Introductie: steekpartij op de Brink' })).toBeTruthy();
  });

  it('explains a save from a newer version, exports what is there and starts fresh', async () => {
    const damaged = { format: 'crisistafel-session', version: 9, minCompatibleVersion: 9, log: ['kept'] };
    await store.save({ id: 'saved-1', bundle: damaged, savedAt: 1, title: 'Oud' });
    await open('#/');
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByRole('heading', { name: 'De bewaarde oefening kan niet worden hervat' })).toBeTruthy();
    expect(within(notice).getByText(/vraagt een nieuwere Crisistafel \(sessieformaat 9\)/)).toBeTruthy();

    const u = userEvent.setup();
    await u.click(within(notice).getByRole('button', { name: 'Exporteren wat er is' }));
    expect(services.downloads).toHaveLength(1);
    expect(JSON.parse(services.downloads[0]!.text)).toEqual(damaged);

    await u.click(within(notice).getByRole('button', { name: 'Opnieuw beginnen' }));
    // Nothing is removed until the trainer confirms.
    expect((await store.latest()).ok && (await store.latest())).toMatchObject({ session: { id: 'saved-1' } });
    await u.click(within(notice).getByRole('button', { name: 'Ja, verwijderen en opnieuw beginnen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await store.latest()).toEqual({ ok: true, session: null });
  });

  it('shows the same explanation, not a blank page, when a damaged save is opened at its console address', async () => {
    await store.save({ id: 'saved-1', bundle: { format: 'iets-anders' }, savedAt: 1, title: 'Kapot' });
    await open('#/session/saved-1/trainer');
    expect(screen.getByRole('heading', { level: 1, name: 'De bewaarde oefening kan niet worden hervat' })).toBeTruthy();
    expect(screen.getByText('Dit is geen sessiebestand van Crisistafel (formaat "iets-anders").')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporteren wat er is' })).toBeTruthy();
  });

  // Each damaged shape of a save record: the home page says what is wrong with it (never drops the offer
  // silently), and "start fresh" removes exactly it, so the notice does not come back.
  const goodBundle = async () => {
    await saveExercise('good');
    const latest = await store.latest();
    if (!latest.ok || !latest.session) throw new Error('not saved');
    await store.remove('good');
    return latest.session.bundle;
  };
  const shapes: [string, (bundle: unknown) => Record<string, unknown>, RegExp][] = [
    ['a time of saving that is not a number', (bundle) => ({ id: 'saved-1', bundle, savedAt: Number.NaN, title: 'T' }), /geen geldig tijdstip van bewaren \(NaN\)/],
    ['a time of saving past any date', (bundle) => ({ id: 'saved-1', bundle, savedAt: 1e20, title: 'T' }), /geen geldig tijdstip van bewaren \(100000000000000000000\)/],
    ['a time of saving that is text', (bundle) => ({ id: 'saved-1', bundle, savedAt: 'gisteren', title: 'T' }), /geen geldig tijdstip van bewaren \("gisteren"\)/],
    ['an id that is a number', (bundle) => ({ id: 42, bundle, savedAt: 1, title: 'T' }), /geen bruikbare naam in de opslag van de browser \(42\)/],
    ['an empty id', (bundle) => ({ id: '', bundle, savedAt: 1, title: 'T' }), /geen bruikbare naam in de opslag van de browser \(""\)/],
    ['a title that is not text', (bundle) => ({ id: 'saved-1', bundle, savedAt: 1, title: { nl: 'x' } }), /geen geldige titel/],
    ['no bundle at all', () => ({ id: 'saved-1', savedAt: 1, title: 'T' }), /geen oefening van Crisistafel/],
  ];
  for (const [name, record, reason] of shapes) {
    it(`explains a save with ${name}, and starting fresh removes it for good`, async () => {
      const bundle = await goodBundle();
      await store.save(record(bundle) as never);
      await open('#/');
      const notice = await screen.findByRole('alert');
      expect(within(notice).getByText(reason)).toBeTruthy();
      const u = userEvent.setup();
      await u.click(within(notice).getByRole('button', { name: 'Opnieuw beginnen' }));
      await u.click(within(notice).getByRole('button', { name: 'Ja, verwijderen en opnieuw beginnen' }));
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect(await store.latest()).toEqual({ ok: true, session: null });
      // The next visit finds nothing to explain.
      app?.stop();
      await open('#/');
      await app?.settled();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  }

  it('clears a store it cannot read at all (a database a newer version left), so the notice does not return', async () => {
    let cleared = false;
    const broken: AutosaveStore = {
      save: async () => undefined,
      latest: async () => (cleared ? { ok: true, session: null } : { ok: false, reason: 'VersionError: The requested version (1) is less than the existing version (2).' }),
      remove: async () => undefined,
      clear: async () => {
        cleared = true;
      },
    };
    services = fakeServices({ autosave: broken });
    await open('#/');
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText(/kan niet worden gelezen \(VersionError/)).toBeTruthy();
    const u = userEvent.setup();
    await u.click(within(notice).getByRole('button', { name: 'Opnieuw beginnen' }));
    await u.click(within(notice).getByRole('button', { name: 'Ja, verwijderen en opnieuw beginnen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(cleared).toBe(true);
  });

  it('says so when the console address names an exercise this browser does not have', async () => {
    await open('#/session/onbekend/trainer');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze oefening is niet gevonden' })).toBeTruthy();
  });
});

describe('app shell: language', () => {
  it('opens in the language the browser remembered, whatever the page was served in', async () => {
    window.localStorage.setItem('crisistafel.language', 'en');
    document.documentElement.lang = 'nl';
    await open('#/bestaat-niet');
    expect(screen.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches language from the header and keeps what was filled in on the screen', async () => {
    window.sessionStorage.setItem('crisistafel.setup.chosen', JSON.stringify({ fileName: 'intro-market-square.json', scenario: bundledScenario() }));
    await open('#/setup');
    const u = userEvent.setup();
    const seed = screen.getByLabelText<HTMLInputElement>('Seed');
    await u.clear(seed);
    await u.type(seed, 'blijft');
    await u.click(within(screen.getByRole('group', { name: 'Taal' })).getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Prepare the exercise' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Seed').value).toBe('blijft');
    expect(window.localStorage.getItem('crisistafel.language')).toBe('en');
  });
});
