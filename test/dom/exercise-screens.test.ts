// The exercise's screens put together: the trainer's window switches between the console and the
// debrief once play is over (and "Open the debrief" goes there), a fork from the debrief becomes a new
// session hosted in the same window, and a table window shows the room's debrief once play is over
// when the trainer chose feedback at the debrief — its own feedback per decision when per round.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, createSession, scenarioHash, type Command, type ExerciseState, type SessionSettings } from '../../src/engine/index.js';
import { makeBundle } from '../../src/engine/session/bundle.js';
import { memoryStore, type AutosaveStore } from '../../src/storage/autosave.js';
import { startApp, type App } from '../../src/ui/app/shell.js';
import { mountClient } from '../../src/ui/session/client-screen.js';
import { hostedSession, hostSession, stopHosting } from '../../src/ui/session/runtime.js';
import { bundledScenario, fakeServices, HOTSEAT, MULTIWINDOW, type FakeServices } from './session-fixtures.js';

// Phaser does not load in jsdom; the table window's board draws nothing here.
vi.mock('../../src/board/scene.js', () => ({
  createMap: async () => {
    throw new Error('no canvas in jsdom');
  },
}));

const TRAINER = { kind: 'trainer' } as const;
const TITLE = 'Introductie: steekpartij op de Brink';
const scenario = bundledScenario();

let app: App | null = null;
let services: FakeServices;
let store: AutosaveStore;
const hosted: string[] = [];

function played(settings: SessionSettings, types: readonly Command['type'][]): ExerciseState {
  let state = createSession(scenario, 'screens', settings, scenarioHash(scenario));
  for (const type of types) {
    const r = applyCommand(scenario, state, { type, actor: TRAINER } as Command);
    if (!r.ok) throw new Error(`${type}: ${r.refusal.code}`);
    state = r.state;
  }
  return state;
}

async function save(id: string, state: ExerciseState): Promise<void> {
  hosted.push(id);
  await store.save({ id, bundle: makeBundle(scenario, state), savedAt: Date.UTC(2026, 4, 16, 9, 30), title: TITLE });
}

async function open(hash: string): Promise<void> {
  window.history.replaceState(null, '', `/${hash}`);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  app = startApp(root, { storage: window.localStorage, languages: ['nl'], bundled: () => Promise.resolve([]), services: async () => services });
  await app.ready;
}

async function settled(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await app?.settled();
}

const switcher = () => screen.queryByRole('navigation', { name: 'Schermen van de oefenleider' });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  store = memoryStore();
  services = fakeServices({ autosave: store, ids: ['branch-1'] });
});
afterEach(() => {
  app?.stop();
  app = null;
  for (const id of hosted.splice(0)) stopHosting(id);
  stopHosting('branch-1');
  document.body.replaceChildren();
});

describe('the trainer’s window: console and debrief', () => {
  it('shows the console at the debrief’s address while play goes on, without the switch', async () => {
    await save('running', played(HOTSEAT, ['start', 'beginRounds']));
    await open('#/session/running/debrief');
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volgende ronde' })).toBeTruthy();
    expect(switcher()).toBeNull();
  });

  it('once play is over, offers the debrief, and "Open the debrief" takes the trainer there', async () => {
    await save('over', played(HOTSEAT, ['start', 'beginRounds', 'end']));
    await open('#/session/over/trainer');
    await screen.findByRole('heading', { level: 1, name: TITLE });
    const nav = switcher();
    expect(nav).not.toBeNull();
    expect(within(nav!).getByRole('link', { name: 'Console' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav!).getByRole('link', { name: 'Nabespreking' }).getAttribute('href')).toBe('#/session/over/debrief');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Nabespreking openen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/session/over/debrief'));
    await settled();
    expect(await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeTruthy();
    expect(within(switcher()!).getByRole('link', { name: 'Nabespreking' }).getAttribute('aria-current')).toBe('page');
    // The trainer's version: exports and observations are there.
    expect(screen.getByRole('heading', { level: 2, name: 'Exporteren' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Waarnemingen' })).toBeTruthy();
    expect(document.title).toBe(`Nabespreking: ${TITLE} — Crisistafel`);
  });

  it('sends what the debrief records to the host, which saves it', async () => {
    await save('notes', played(HOTSEAT, ['start', 'beginRounds', 'end', 'openDebrief']));
    await open('#/session/notes/debrief');
    await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` });
    const user = userEvent.setup();
    const section = screen.getByRole('region', { name: 'Waarnemingen' });
    await user.type(within(section).getByRole('textbox'), 'De driehoek kwam laat bijeen.');
    await user.click(within(section).getByRole('button', { name: 'Waarneming vastleggen' }));
    await waitFor(() => expect(hostedSession('notes')?.host.state.log.at(-1)?.command).toMatchObject({ type: 'observe', text: 'De driehoek kwam laat bijeen.' }));
    expect(within(screen.getByRole('region', { name: 'Waarnemingen' })).getByText(/De driehoek kwam laat bijeen\./)).toBeTruthy();
  });

  it('starts a fork as a new session hosted in this window, at the step shown', async () => {
    const state = played(HOTSEAT, ['start', 'beginRounds', 'advance', 'advance', 'end', 'openDebrief']);
    await save('parent', state);
    await open('#/session/parent/debrief');
    await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Vorige stap' }));
    await user.click(screen.getByRole('button', { name: 'Vorige stap' }));
    const step = state.log.length - 2;
    await user.click(screen.getByRole('button', { name: `Nieuwe tak vanaf stap ${step}` }));
    await waitFor(() => expect(window.location.hash).toBe('#/session/branch-1/trainer'));
    await settled();
    const branch = hostedSession('branch-1');
    expect(branch?.host.state.log).toHaveLength(step);
    expect(branch?.host.state.phase).toBe('decide');
    expect(branch?.title).toBe(`${TITLE} (tak vanaf stap ${step})`);
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    // The branch is saved as a session of its own.
    await store.remove('parent');
    await waitFor(async () => {
      const latest = await store.latest();
      expect(latest.ok && latest.session?.id).toBe('branch-1');
    });
    // The parent is untouched.
    expect(hostedSession('parent')?.host.state.log).toHaveLength(state.log.length);
  });
});

describe('a table window once play is over', () => {
  async function tableWindow(settings: SessionSettings, table: string, until: readonly Command['type'][] = ['start', 'beginRounds', 'advance', 'end', 'openDebrief']): Promise<HTMLElement> {
    const id = `table-${settings.feedback}-${until.length}`;
    hosted.push(id);
    hostSession(services, id, scenario, played(settings, until), TITLE);
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    await mountClient(
      { main, lang: 'nl', services, chosen: null, choose: () => undefined, navigate: () => undefined, setTitle: () => undefined },
      id,
      { kind: 'table', table },
    );
    await within(main).findByRole('heading', { level: 1 });
    return main;
  }

  it('shows the room’s debrief once the trainer opens it, when the trainer chose feedback at the debrief', async () => {
    const main = await tableWindow({ ...MULTIWINDOW, feedback: 'debrief' }, 't-mayor');
    expect(await within(main).findByRole('heading', { level: 2, name: `Nabespreking: ${TITLE}` })).toBeTruthy();
    // The room's version: no exports, observations or replay.
    expect(within(main).queryByRole('heading', { name: 'Exporteren' })).toBeNull();
    expect(main.querySelector('.scrubber')).toBeNull();
  });

  it('shows the room’s debrief with feedback per round too: the table sees where the group came out, as the projector does', async () => {
    const main = await tableWindow({ ...MULTIWINDOW, feedback: 'perRound' }, 't-mayor');
    expect(await within(main).findByRole('heading', { level: 2, name: `Nabespreking: ${TITLE}` })).toBeTruthy();
    expect(within(main).queryByRole('heading', { name: 'Exporteren' })).toBeNull();
  });

  it('shows the hotwash prompts, not the ratings, while the room talks before the debrief; a table adds its points in its Discussion tab', async () => {
    const main = await tableWindow({ ...MULTIWINDOW, feedback: 'debrief' }, 't-mayor', ['start', 'beginRounds', 'advance', 'end']);
    const room = await within(main).findByRole('region', { name: 'Hotwash in de zaal' });
    expect(within(room).getByText('Wat ging goed, en waarom?')).toBeTruthy();
    expect(within(room).queryByRole('textbox')).toBeNull();
    expect(within(main).queryByRole('heading', { name: /^Nabespreking: / })).toBeNull();
    // The table writes its point in its Discussion tab (opened by itself in the hotwash).
    const user = userEvent.setup();
    await user.selectOptions(within(main).getByRole('combobox', { name: 'Soort punt' }), 'improvement');
    await user.type(within(main).getByRole('textbox', { name: 'Het punt' }), 'Eerder het ROT opschalen');
    await user.click(within(main).getByRole('button', { name: 'Punt vastleggen' }));
    await waitFor(() => expect(within(main).getByText('Verbeterpunt: Eerder het ROT opschalen')).toBeTruthy());
  });
});
