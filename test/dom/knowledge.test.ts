// What a participant can pick is what the role knows, and every block looks the same — unless the
// trainer chose guided mode, which shows the hints and says so on the console, in the debrief and the AAR.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, createSession, scenarioHash, trainerView, type Command, type ExerciseState, type Scenario } from '../../src/engine/index.js';
import { renderDebrief } from '../../src/ui/debrief/index.js';
import { renderParticipant } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { renderTrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { bundledScenario, exercise, MULTIWINDOW, type Exercise } from './session-fixtures.js';

afterEach(() => document.body.replaceChildren());

function show(ex: Exercise, role: string, lang: 'nl' | 'en' = 'en'): void {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  renderParticipant(root, { views: ex.views([role]), lang, read: readState(undefined, 'test'), send: async () => ({ ok: true }) });
}

const composer = () => screen.getByRole('region', { name: /Write a public message/ });
const offered = () => within(composer()).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent ?? document.querySelector(`label[for="${box.id}"]`)?.textContent ?? '');

async function openActions(): Promise<void> {
  await userEvent.setup().click(screen.getByRole('tab', { name: 'Actions' }));
}

const STATION_TABLES = {
  mode: 'multiwindow' as const,
  tables: [
    { id: 't-mayor', name: 'Mayor', roles: ['mayor-havenstad'] },
    { id: 't-comm', name: 'Communication', roles: ['comm-adviser'] },
  ],
  simcell: [],
  feedback: 'debrief' as const,
};

describe('the composer offers only what the role knows', () => {
  it('at T+10 of the market scenario the communication adviser has no suspect name and no hospital fact yet', async () => {
    const ex = exercise(MULTIWINDOW);
    ex.trainer('start');
    ex.trainer('beginRounds');
    ex.trainer('advance');
    show(ex, 'comms');
    await openActions();
    const texts = offered().join('\n');
    expect(texts).toMatch(/three people were injured with a knife/);
    expect(texts).not.toMatch(/Dennis V\./);
    expect(texts).not.toMatch(/regional hospital/);
    expect(texts).not.toMatch(/information and advice centre/);
  });

  it('offers the rebuttal once the rumour has reached the role', async () => {
    const ex = exercise(MULTIWINDOW);
    ex.trainer('start');
    ex.trainer('beginRounds');
    for (let i = 0; i < 2; i++) ex.trainer('advance');
    show(ex, 'comms');
    await openActions();
    expect(offered().join('\n')).not.toMatch(/second attacker/);
    // The post arrives at T+30 or, in this seed's variant, ten minutes later.
    while (!ex.views(['comms'])[0]?.timeline.some((e) => e.kind === 'rumourStarted')) ex.trainer('advance');
    show(ex, 'comms');
    await openActions();
    expect(offered().join('\n')).toMatch(/second attacker/);
  });

  it('shows every block the same way: no kind label, no "not yet confirmed" badge, no warning', async () => {
    const ex = exercise({ ...STATION_TABLES }, 'dom-test', 'station-attack.json');
    ex.trainer('start');
    ex.trainer('beginRounds');
    ex.trainer('advance');
    show(ex, 'mayor-havenstad');
    await openActions();
    const panel = composer();
    expect(panel.querySelector('.block-kind')).toBeNull();
    expect(within(panel).queryByText(/Statement|Pitfall|Fact|Rebuttal|Call for calm/)).toBeNull();
    expect(within(panel).queryByText('not yet confirmed')).toBeNull();
    // The mayor heard of one suspect at T+12 — unconfirmed until T+36 — and may publish it without a warning.
    const suspect = within(panel).getByRole('checkbox', { name: /looking for one suspect/ });
    await userEvent.setup().click(suspect);
    expect(within(composer()).queryByText(/not confirmed yet/)).toBeNull();
    expect(ex.views(['mayor-havenstad'])[0]?.blocks.every((b) => b.kind === null && b.confirmed === null)).toBe(true);
  });
});

describe('guided mode', () => {
  function guided(): Exercise {
    const ex = exercise({ ...STATION_TABLES, guided: true }, 'dom-test', 'station-attack.json');
    ex.trainer('start');
    ex.trainer('beginRounds');
    ex.trainer('advance');
    return ex;
  }

  it('labels the kind of each block, marks an unconfirmed fact and warns before publishing it', async () => {
    const ex = guided();
    show(ex, 'mayor-havenstad');
    await openActions();
    const panel = composer();
    expect(panel.querySelectorAll('.block-kind').length).toBe(within(panel).getAllByRole('checkbox').length);
    expect(within(panel).getAllByText('Pitfall').length).toBeGreaterThan(0);
    const suspect = within(panel).getByRole('checkbox', { name: /looking for one suspect/ });
    expect(within(suspect.closest('.composer__choice') as HTMLElement).getByText('not yet confirmed')).toBeTruthy();
    await userEvent.setup().click(suspect);
    expect(within(composer()).getByText(/1 fact in this message is not confirmed yet/)).toBeTruthy();
  });

  function stateOf(scenario: Scenario, settings: typeof STATION_TABLES & { guided?: boolean }): ExerciseState {
    let s = createSession(scenario, 'dom-test', settings, scenarioHash(scenario));
    for (const type of ['start', 'beginRounds', 'advance', 'end'] as const) {
      const r = applyCommand(scenario, s, { type, actor: { kind: 'trainer' } } as Command);
      if (!r.ok) throw new Error(r.refusal.code);
      s = r.state;
    }
    return s;
  }

  it('is flagged on the console and beside the ratings in the debrief; absent without it', () => {
    const scenario = bundledScenario('station-attack.json');
    for (const on of [true, false]) {
      const state = stateOf(scenario, { ...STATION_TABLES, guided: on });
      const root = document.createElement('div');
      document.body.replaceChildren(root);
      renderTrainerConsole(root, { view: trainerView(scenario, state), lang: 'en', send: () => undefined, mode: 'trainer' });
      expect(screen.queryAllByText('Guided mode: participants see hints').length).toBe(on ? 1 : 0);
      expect(screen.queryAllByText(/A score reached with hints is not the same achievement/).length).toBe(on ? 1 : 0);

      const debriefRoot = document.createElement('div');
      document.body.replaceChildren(debriefRoot);
      renderDebrief(debriefRoot, { scenario, state, audience: 'trainer', lang: 'en', send: () => undefined });
      expect(screen.queryAllByText(/A score reached with hints is not the same achievement/).length).toBe(on ? 1 : 0);
    }
  });
});
