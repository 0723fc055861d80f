// Words, not codes, on the console and at the tables: a board action in the timeline and the run sheet by its
// label (never its id), a yes/no state as "ja"/"nee" with its course in words (never "1" or "(1 = ja)"), and
// the participant's turn header says the time left in the round when the setup set a round timer.
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { playExercise } from '../../src/engine/bots/index.js';
import { debriefView, loadScenario, trainerView, type RoleView } from '../../src/engine/index.js';
import { describeEntry as describeDebriefEntry } from '../../src/ui/debrief/event-text.js';
import { describeEntry as describeTrainerEntry } from '../../src/ui/trainer/event-names.js';
import { localise } from '../../src/ui/text.js';
import { refusalText as sharedRefusalText } from '../../src/ui/session/refusal-text.js';
import { refusalText as trainerRefusalText } from '../../src/ui/trainer/refusal-text.js';
import { renderParticipant, type ParticipantScreen } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { renderTrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { expectedActionText } from '../../src/ui/trainer/action-text.js';
import { exercise, MULTIWINDOW } from './session-fixtures.js';
import { Exercise, fixtureScenario, SETTINGS } from './trainer-session.js';

let page: ParticipantScreen | null = null;
afterEach(() => {
  page?.destroy();
  page = null;
  document.body.replaceChildren();
});

/** The fixture scenario with a yes/no state the trainer tracks (0 to 1, no unit), as station-attack's suspect at large. */
const withYesNo = () =>
  fixtureScenario('station-havenstad.json', (json) => {
    (json.variables as unknown[]).push({ id: 'suspect-at-large', name: { nl: 'Verdachte voortvluchtig', en: 'Suspect at large' }, kind: 'custom', min: 0, max: 1, initial: 1, visibility: 'trainer' });
  });

describe('the console names board actions and yes/no states in words', () => {
  it('shows a board action in the timeline by its label, not its id', () => {
    const ex = new Exercise(fixtureScenario(), SETTINGS).run({ type: 'start' }, { type: 'beginRounds' });
    const r = ex.as({ kind: 'role', role: 'police-chief' }, { type: 'boardAction', id: 'place-inner-cordon' });
    expect(r.ok).toBe(true);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderTrainerConsole(root, { view: ex.trainerView(), lang: 'nl', send: () => undefined, mode: 'trainer' });
    const timeline = screen.getByRole('region', { name: /^Tijdlijn/ });
    expect(timeline.textContent).toContain('Binnenring instellen');
    expect(root.textContent).not.toContain('place-inner-cordon');
    // The run sheet's expected actions name it the same way.
    expect(expectedActionText({ action: 'boardAction', id: 'place-inner-cordon' } as never, ex.trainerView(), 'en')).toBe('take board action Place the inner cordon');
  });

  it('says a yes/no state as yes or no, its range and its course in words', () => {
    const ex = new Exercise(withYesNo(), SETTINGS).run({ type: 'start' }, { type: 'beginRounds' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderTrainerConsole(root, { view: ex.trainerView(), lang: 'nl', send: () => undefined, mode: 'trainer' });
    const row = within(screen.getByRole('region', { name: /^Variabelen/ })).getByRole('row', { name: /Verdachte voortvluchtig/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('ja');
    expect(cells[1]).toBe('ja of nee');
    expect(row.textContent).not.toMatch(/\b1\b|0–1/);
  });

  it('has no "(1 = …)" left in any bundled scenario’s variable names: a state is said in words by the screens', () => {
    for (const file of ['station-attack', 'airport-drones', 'festival-livestream', 'ramming-tabletop', 'intro-market-square']) {
      const json = JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8')) as { variables: { name: unknown }[] };
      for (const v of json.variables) expect(JSON.stringify(v.name), file).not.toMatch(/\(\s*1\s*=/);
    }
  });
});

describe('the participant’s turn header', () => {
  function show(views: RoleView[], now: () => number): void {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    page = renderParticipant(root, { views, lang: 'nl', read: readState(undefined, 'test'), send: async () => ({ ok: true }), now });
  }

  it('says the time left in the round when the setup set a round timer, counting down, and nothing when none', () => {
    const timed = exercise({ ...MULTIWINDOW, roundTimerSeconds: 300 });
    timed.trainer('start');
    timed.trainer('beginRounds');
    let clock = 0;
    show(timed.views(['mayor']), () => clock);
    const header = () => document.querySelector('.turn-status')?.textContent ?? '';
    expect(header()).toMatch(/Deze beurt: .* · nog 05:00 in deze ronde$/);
    clock += 61_000;
    page?.update(timed.views(['mayor']));
    // The timer counts by itself every second; an update of the views reads the clock as well.
    timed.trainer('pause');
    page?.update(timed.views(['mayor']));
    expect(header()).toContain('nog 03:59 in deze ronde (gepauzeerd)');

    page?.destroy();
    const untimed = exercise(MULTIWINDOW);
    untimed.trainer('start');
    untimed.trainer('beginRounds');
    show(untimed.views(['mayor']), () => 0);
    expect(header()).not.toContain('in deze ronde');
  });
});

describe('the debrief names a published message by its words', () => {
  it('shows the building blocks of a public message in the room’s and the trainer’s timeline by their text, not their ids', async () => {
    const { played, must, TRAINER } = await import('./debrief-support.js');
    const { SessionHost } = await import('../../src/host/session-host.js');
    const { renderDebrief, renderRoomDebrief } = await import('../../src/ui/debrief/index.js');
    const { scenario, state } = played('intro-market-square', '11', 'random');
    const stopped = state.phase === 'hotwash' || state.phase === 'debrief' ? state : must(scenario, state, { type: 'end', actor: TRAINER });
    const over = stopped.phase === 'debrief' ? stopped : must(scenario, stopped, { type: 'openDebrief', actor: TRAINER });
    const room = new SessionHost(scenario, over).roomView();
    if (!room) throw new Error('no room view');
    const published = room.view.timeline.filter((e) => e.kind === 'messagePublished');
    const ids = published.flatMap((e) => (Array.isArray(e.data.blocks) ? (e.data.blocks as string[]) : []));
    expect(ids.length).toBeGreaterThan(0);
    for (const render of [
      (root: HTMLElement) => renderRoomDebrief(root, { view: room.view, names: room.names, lang: 'nl' }),
      (root: HTMLElement) => renderDebrief(root, { scenario, state: over, audience: 'trainer', lang: 'nl', send: () => undefined }),
    ]) {
      const root = document.createElement('div');
      document.body.replaceChildren(root);
      render(root);
      const lines = [...root.querySelectorAll('.timeline__text')].map((p) => p.textContent ?? '').filter((line) => / publiceerde een bericht /.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) for (const id of ids) expect(line).not.toContain(`: ${id}`);
      expect(lines.some((line) => line.includes('"'))).toBe(true);
    }
  });
});

describe('random draws and removed markers are named, in the console and in the debrief', () => {
  // station-attack and airport-drones draw for variants, chances, amounts and rumours, and put markers on the
  // map that they remove later.
  const plays = ['station-attack', 'airport-drones'].flatMap((file) => {
    const loaded = loadScenario(readFileSync(`scenarios/${file}.json`, 'utf8'), `${file}.json`);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const scenario = loaded.scenario;
    return (['doctrine', 'random'] as const).map((bot) => {
      const { state } = playExercise(scenario, '1', bot);
      return { scenario, trainer: trainerView(scenario, state), debrief: debriefView(scenario, state, 'trainer') };
    });
  });
  type Play = (typeof plays)[number];
  const both = (p: Play, e: Play['trainer']['timeline'][number]) => [describeTrainerEntry(p.trainer, e, 'en'), describeDebriefEntry(p.scenario, e, 'en', p.debrief)];

  it('says what each draw was for, never its key', () => {
    const purposes = new Set<unknown>();
    for (const p of plays) {
      for (const e of p.trainer.timeline.filter((x) => x.kind === 'roll')) {
        purposes.add(e.data.purpose);
        for (const words of both(p, e)) {
          expect(words).not.toContain(String(e.data.id));
          if (e.data.purpose === 'variant') {
            const inject = p.scenario.injects.find((i) => i.id === e.data.id);
            expect(inject).toBeDefined();
            if (inject) expect(words).toContain(localise(inject.title ?? inject.text, 'en').slice(0, 30));
          }
        }
      }
    }
    expect(purposes).toEqual(new Set(['initial', 'variant', 'chance', 'amount', 'rumour']));
  });

  it('names a marker that was removed by the label it had on the map', () => {
    let removedMarkers = 0;
    for (const p of plays) {
      for (const e of p.trainer.timeline.filter((x) => x.kind === 'boardChanged' && (x.data.change as { op: string }).op === 'removeMarker')) {
        removedMarkers += 1;
        const id = (e.data.change as { id: string }).id;
        const placed = p.trainer.timeline.find((x) => x.kind === 'boardChanged' && (x.data.change as { op: string; id?: string }).op === 'addMarker' && (x.data.change as { id?: string }).id === id);
        // A removal of a marker this play never placed (airport-drones clears drone-4 whether or not it was seen) changes nothing.
        if (!placed) continue;
        const label = (placed.data.change as { label: { en: string } }).label.en;
        for (const words of both(p, e)) {
          expect(words).toContain(label);
          expect(words).not.toContain(id);
        }
      }
    }
    expect(removedMarkers).toBeGreaterThan(0);
  });
});

describe('a refusal on the trainer console names offices and levels like the tables do', () => {
  it('says who approves a DSI plan and which airport level, never their ids', () => {
    const view = new Exercise(fixtureScenario(), SETTINGS).run({ type: 'start' }).trainerView();
    const dsi = trainerRefusalText({ code: 'dsi-approval-route', params: { office: 'mayor', approver: 'ministerJenV' } }, 'en', view);
    expect(dsi).toContain(sharedRefusalText('en', { code: 'dsi-approval-route', params: { office: 'mayor', approver: 'ministerJenV' } }));
    expect(dsi).not.toMatch(/ministerJenV|\bmayor\b/);
    const airport = trainerRefusalText({ code: 'airport-level-not-yours', params: { level: 'close', offices: 'mayor, ministerIenW' } }, 'en', view);
    expect(airport).not.toMatch(/\(close\)|ministerIenW/);
  });
});
