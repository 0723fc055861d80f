// Hot-seat: the bundled introduction scenario with two tables on one device. The trainer console hosts
// the session; the station shows each table's turn behind a privacy screen, two rounds are played by
// passing the device, and reloads mid-round resume behind the privacy screen at the same round, clock
// and inbox.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { beginRounds, briefingOf, createExercise, guideImage, openSetup, openTab, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

const scenario = JSON.parse(readFileSync('scenarios/intro-market-square.json', 'utf8')) as Parameters<typeof briefingOf>[0];
const MAYOR = 'Burgemeester van Marewold';
const POLICE = 'Politiechef eenheid Zuidervaart';

test('two tables play two rounds on one device and a reload resumes behind the privacy screen', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openSetup(page);
  // Three tables by default (one per required role); the communication adviser joins the mayor's table.
  await page.getByRole('button', { name: 'Tafel Communicatieadviseur gemeente Marewold verwijderen' }).click();
  await expect(page.getByLabel('Naam van de tafel')).toHaveCount(2);
  await expect(page.getByText('Rollen aan deze tafel: Burgemeester van Marewold, Communicatieadviseur gemeente Marewold')).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Tafels en rollen' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/setup.png' });

  const { popup: station } = await createExercise(page, context);
  watchErrors(station, errors);
  await expect(station).toHaveURL(/#\/session\/[0-9a-f]+\/station$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Introductie: steekpartij op de Brink' })).toBeVisible();
  await beginRounds(page);

  const privacy = (table: string) => station.getByRole('heading', { level: 1, name: `Geef het apparaat aan ${table}` });
  const reveal = (table: string) => station.getByRole('button', { name: `Wij zijn ${table}: toon ons scherm` });
  const endTurn = () => station.getByRole('button', { name: 'Beurt beëindigen' });

  // Round 1: the mayor's table, then the police table.
  await expect(privacy(MAYOR)).toBeVisible();
  await expect(station.getByText(/^Ronde 1, T\+00\./)).toBeVisible();
  await guideImage(station, 'privacy-screen');
  await reveal(MAYOR).click();
  await expect(station.getByRole('heading', { level: 1, name: MAYOR })).toBeVisible();
  await openTab(station, 'Rolkaart');
  await expect(station.getByText(briefingOf(scenario, 'mayor').slice(0, 50))).toBeVisible();
  await endTurn().click();

  await expect(privacy(POLICE)).toBeVisible();
  // The previous table's screen is gone from the page, not just covered.
  await expect(station.getByText(briefingOf(scenario, 'mayor').slice(0, 50))).toHaveCount(0);
  await expect(station.locator('.participant')).toHaveCount(0);
  await reveal(POLICE).click();
  await openTab(station, 'Rolkaart');
  await expect(station.getByText(briefingOf(scenario, 'police-chief').slice(0, 50))).toBeVisible();
  await endTurn().click();

  // Round 2: the mayor decides on the scaling level, then passes the device.
  await expect(privacy(MAYOR)).toBeVisible();
  await expect(station.getByText(/^Ronde 2, T\+10\./)).toBeVisible();
  await reveal(MAYOR).click();
  const decision = station.getByRole('article').filter({ has: station.getByRole('button', { name: 'Besluit nemen' }) });
  await decision.getByRole('radio', { name: /tegelijk de driehoek/ }).check();
  await decision.getByLabel('Onderbouwing (waarom deze keuze?)').fill('Bestuurlijke besluiten nodig; driehoek direct erbij.');
  await decision.getByRole('radio', { name: '4' }).check();
  await decision.getByRole('button', { name: 'Besluit nemen' }).click();
  await expect(station.getByText('Onderbouwing: Bestuurlijke besluiten nodig; driehoek direct erbij.')).toBeVisible();
  await station.screenshot({ path: 'test-results/participant-hotseat.png' });
  await endTurn().click();

  // Mid-round: the police table has the device, its screen revealed — and the station reloads.
  await reveal(POLICE).click();
  await expect(station.getByRole('heading', { level: 1, name: POLICE })).toBeVisible();
  await openTab(station, 'Berichten');
  const inbox = () => station.locator('.inbox__title').allInnerTexts();
  const clock = () => station.locator('.clock__value--main').first();
  const inboxBefore = await inbox();
  expect(inboxBefore.length).toBeGreaterThan(0);
  await expect(clock()).toHaveText('T+10');
  await station.reload();
  await expect(privacy(POLICE)).toBeVisible();
  await expect(station.getByText(/^Ronde 2, T\+10\./)).toBeVisible();
  await expect(station.getByText(briefingOf(scenario, 'police-chief').slice(0, 50))).toHaveCount(0);
  // Revealed again, the table finds the same clock and the same messages (read or not is the window's own memory).
  await reveal(POLICE).click();
  await expect(clock()).toHaveText('T+10');
  await openTab(station, 'Berichten');
  await expect.poll(async () => (await inbox()).map((title) => title.replace(/^NIEUW\s*/, ''))).toEqual(inboxBefore.map((title) => title.replace(/^NIEUW\s*/, '')));

  // The trainer console (the host) reloads too: it resumes from autosave, and the station finds it again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Introductie: steekpartij op de Brink' })).toBeVisible();
  await expect(page.locator('.clock__fact--round .clock__value').first()).toHaveText('2');
  await expect(page.locator('.clock__value--main').first()).toHaveText('T+10');
  // The station kept the police table's screen while the console was away, and plays on once it is back.
  await expect(station.locator('.connection-notice')).toBeEmpty();
  await expect(station.getByRole('heading', { level: 1, name: POLICE })).toBeVisible();
  await endTurn().click();
  await expect(privacy(MAYOR)).toBeVisible();
  await expect(station.getByText(/^Ronde 3, T\+20\./)).toBeVisible();
  await expect(page.locator('.clock__fact--round .clock__value').first()).toHaveText('3');

  expect(errors).toEqual([]);
});
