// A whole exercise through the app, as a trainer runs it in a classroom with one device for the tables:
// the bundled introduction scenario in hot-seat mode with three tables and a projector, played to its
// end through the screens (a decision, a structure action, a map action, a public message, turns ended
// by the tables and rounds advanced by the trainer), then debriefed. The ratings the debrief shows —
// on the trainer's screen, on the projector and at the station — are exactly those `simulate --script`
// computes from the session file the debrief exports. A fork from the debrief starts a new branch.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginRounds, createExercise, expectRatings, guideImage, openSetup, openTab, run, simulateRatings, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });

const SEED = 'klaslokaal-7';
const SCENARIO = 'scenarios/intro-market-square.json';
const TITLE = 'Introductie: steekpartij op de Brink';
const MAYOR = 'Burgemeester van Marewold';
const POLICE = 'Politiechef eenheid Zuidervaart';
const COMMS = 'Communicatieadviseur gemeente Marewold';

let out = '';
test.beforeAll(() => {
  // Outside test-results, which a Playwright run elsewhere in the tree may clear while this one runs.
  out = mkdtempSync(join(tmpdir(), 'crisistafel-exercise-'));
});
test.afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The station: the privacy screen for `table`, then its screen. */
async function takeTurn(station: Page, table: string, act: () => Promise<void> = async () => undefined): Promise<void> {
  await expect(station.getByRole('heading', { level: 1, name: `Geef het apparaat aan ${table}` })).toBeVisible();
  await station.getByRole('button', { name: `Wij zijn ${table}: toon ons scherm` }).click();
  await expect(station.getByRole('heading', { level: 1, name: table })).toBeVisible();
  await act();
  await station.getByRole('button', { name: 'Beurt beëindigen' }).click();
}

const phase = (page: Page) => page.locator('.clock__phase').first();

test('a hot-seat exercise played to its end is rated in the debrief exactly as simulate --script rates its exported log', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openSetup(page);
  await page.getByLabel('Seed', { exact: true }).fill(SEED);
  // Feedback at the debrief: the tables then see the room's debrief on their own screen once play is over.
  await page.getByRole('radio', { name: 'Pas bij de nabespreking' }).check();
  await expect(page.getByLabel('Naam van de tafel')).toHaveCount(3);
  await guideImage(page, 'setup', page.getByRole('heading', { level: 2, name: 'Tafels en rollen' }));

  const { popup: station, session } = await createExercise(page, context);
  watchErrors(station, errors);
  await expect(station).toHaveURL(/#\/session\/[0-9a-f]+\/station$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The projector is opened from the bar above the console.
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Projector openen' }).click();
  const projector = await opening;
  watchErrors(projector, errors);
  await expect(projector).toHaveURL(new RegExp(`#/session/${session}/projector$`));
  await beginRounds(page);

  // The projector draws the public picture on the board (its own structure and indicators stay the projector's).
  const projectorBoard = projector.locator('[data-board-mount]');
  await expect(projectorBoard).toHaveAttribute('data-board-renderer', /^(webgl|canvas)$/);
  await expect(projectorBoard).toHaveAttribute('data-board-version', /^\d+$/);
  await expect(projector.locator('.board--projector')).toHaveCount(1);
  await expect(projector.locator('.board-panel')).toHaveCount(0);

  // Round 1 (T+00): every table has its turn and ends it.
  await takeTurn(station, MAYOR);
  await takeTurn(station, POLICE, async () => {
    // The table's own board, with the map and its list; the structure and actions are the screen's own.
    await openTab(station, 'Kaart');
    const board = station.locator('[data-board-mount]');
    await expect(board).toHaveAttribute('data-board-version', /^\d+$/);
    await expect(board.locator('.board-panel')).toHaveCount(0);
    await expect(board.locator('.board-mirror')).toContainText('Moskee aan de Kerklaan');
  });
  await takeTurn(station, COMMS);

  // Round 2 (T+10): the mayor decides on scaling, the police place the inner cordon, communication publishes.
  await expect(station.getByText(/^Ronde 2, T\+10\./)).toBeVisible();
  await takeTurn(station, MAYOR, async () => {
    const decision = station.getByRole('article').filter({ has: station.getByRole('button', { name: 'Besluit nemen' }) });
    await decision.getByRole('radio', { name: /de driehoek later/ }).check();
    await decision.getByLabel('Onderbouwing (waarom deze keuze?)').fill('Eerst het beleidsteam; de driehoek zodra de hoofdofficier er is.');
    await decision.getByRole('radio', { name: '3', exact: true }).check();
    await decision.getByRole('button', { name: 'Besluit nemen' }).click();
    await expect(station.getByText('Onderbouwing: Eerst het beleidsteam; de driehoek zodra de hoofdofficier er is.')).toBeVisible();
  });
  await takeTurn(station, POLICE, async () => {
    await openTab(station, 'Kaart');
    const board = station.locator('[data-board-mount]');
    await expect(board).toHaveAttribute('data-board-version', /^\d+$/);
    const before = Number(await board.getAttribute('data-board-version'));
    await openTab(station, 'Acties');
    await station.getByRole('button', { name: 'Binnenring rond de Brink instellen' }).click();
    await expect(station.getByText('Uitgevoerd', { exact: false }).first()).toBeVisible();
    await expect(station.locator('.confirmation', { hasText: 'Actie uitgevoerd.' })).toBeVisible();
    // The board follows the new view: the cordon is active on the map and in its list.
    await openTab(station, 'Kaart');
    await expect.poll(async () => Number(await board.getAttribute('data-board-version'))).toBeGreaterThan(before);
    await expect(board.locator('.board-mirror')).toContainText(/Binnenring: de Brink – Binnenste afzetting; actief/);
    await guideImage(station, 'participant-board', station.getByRole('region', { name: 'Kaart', exact: true }));
  });
  await takeTurn(station, COMMS, async () => {
    await openTab(station, 'Acties');
    await station.getByRole('checkbox', { name: /Vanochtend zijn op de markt/ }).check();
    await station.getByRole('checkbox', { name: /De politie heeft om 10\.47 uur/ }).check();
    await station.getByRole('button', { name: 'Bericht publiceren' }).click();
    await expect(station.locator('.confirmation', { hasText: 'Publieksbericht gepubliceerd.' })).toBeVisible();
    await openTab(station, 'Berichten');
    await expect(station.getByRole('region', { name: 'Publieksberichten tot nu toe' })).toContainText('De politie heeft om 10.47 uur één verdachte aangehouden.');
  });

  // Round 3 (T+20): the mayor convenes the driehoek; then the trainer moves the rounds on to the end.
  await takeTurn(station, MAYOR, async () => {
    await openTab(station, 'Acties');
    await station.getByLabel('Team om bijeen te roepen').selectOption({ label: 'Driehoek (burgemeester, hoofdofficier van justitie, politiechef)' });
    await station.getByRole('button', { name: 'Team bijeenroepen', exact: true }).click();
    await expect(station.locator('.confirmation', { hasText: 'Actie uitgevoerd.' })).toBeVisible();
    await openTab(station, 'Crisisstructuur');
    await expect(station.getByText(/Driehoek.*voorzitter/).first()).toBeVisible();
  });
  await expect(projector.getByRole('region', { name: 'Publieksberichten' })).toContainText('De politie heeft om 10.47 uur één verdachte aangehouden.');
  await guideImage(projector, 'projector');
  await guideImage(page, 'trainer-console');
  for (let round = 3; round <= 7; round++) {
    await expect(page.locator('.clock__fact--round .clock__value').first()).toHaveText(String(round));
    await run(page, 'Volgende ronde');
  }
  await expect(phase(page)).toHaveText('Hotwash');

  // Play is over: the hotwash — the projector and the station show its prompts, no ratings yet.
  await expect(projector.getByRole('heading', { level: 1, name: 'Hotwash' })).toBeVisible();
  await expect(station.getByText('Het spel is voorbij. Geef het apparaat terug aan de oefenleider.')).toBeVisible();
  await expect(station.getByRole('heading', { level: 2, name: 'Hotwash in de zaal' })).toBeVisible();

  // The trainer opens the debrief: the console takes them to it, and the projector and the station show the
  // room's debrief (its code is loaded only now, in each window).
  await run(page, 'Nabespreking openen');
  await expect(projector.getByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeVisible({ timeout: 20_000 });
  await expect(station.getByRole('heading', { level: 2, name: `Nabespreking: ${TITLE}` })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  await expect(page.getByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Schermen van de oefenleider' }).getByRole('link', { name: 'Nabespreking' })).toHaveAttribute('aria-current', 'page');

  // The session file, downloaded from the debrief's exports, and what simulate makes of it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sessiebestand downloaden (JSON)' }).click();
  const bundleFile = join(out, 'session.json');
  await (await downloading).saveAs(bundleFile);
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as { seed: string; settings: { mode: string; tables: unknown[] }; log: { command: { type: string } }[] };
  expect(bundle.seed).toBe(SEED);
  expect(bundle.settings.mode).toBe('hotseat');
  expect(bundle.settings.tables).toHaveLength(3);
  const types = bundle.log.map((e) => e.command.type);
  for (const type of ['decide', 'structure', 'boardAction', 'publish', 'endTurn', 'advance', 'openDebrief']) expect(types).toContain(type);

  const simulated = simulateRatings(SCENARIO, SEED, bundleFile);
  expect(Object.keys(simulated)).toContain('VB1');
  await expectRatings(page, simulated);
  await expectRatings(projector, simulated);
  await expectRatings(station, simulated);
  await guideImage(page, 'debrief', page.getByRole('region', { name: 'Beoordeling per doelstelling' }));
  await guideImage(projector, 'projector-debrief');

  // "Fork from here": a new branch of the session, hosted in this window, from the step shown.
  await page.getByRole('button', { name: 'Vorige stap' }).click();
  await page.getByRole('button', { name: 'Vorige stap' }).click();
  const step = types.length - 2;
  await page.getByRole('button', { name: `Nieuwe tak vanaf stap ${step}` }).click();
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/trainer$/);
  expect(page.url()).not.toContain(session);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // Two steps back from "open the debrief" is the last round, still open for play.
  await expect(phase(page)).toHaveText('Besluitvorming');
  await expect(page.locator('.clock__fact--round .clock__value').first()).toHaveText('7');

  expect(errors).toEqual([]);
});
