// Multi-window: the trainer console hosts the session and two table windows of the same browser join
// it over BroadcastChannel. Each table window sees only its own role's briefing and inbox, and acts only
// for its own role.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { beginRounds, briefingOf, createExercise, guideImage, openSetup, openTab, run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

const scenario = JSON.parse(readFileSync('scenarios/intro-market-square.json', 'utf8')) as Parameters<typeof briefingOf>[0];

test('each table window sees only its own role, and the console runs both', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await openSetup(page);
  await page.getByRole('radio', { name: /Tegelijk, elke tafel in een eigen venster/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Een venster per tafel' })).toBeChecked();
  const { popup: mayor, session } = await createExercise(page, context);
  watchErrors(mayor, errors);
  await expect(mayor).toHaveURL(new RegExp(`#/session/${session}/table/table-1$`));

  // The second table window: another page of the same browser, at its table's address.
  const police = await context.newPage();
  watchErrors(police, errors);
  await police.goto(`/#/session/${session}/table/table-2`);
  await expect(police.getByRole('heading', { level: 1, name: 'Politiechef eenheid Zuidervaart' })).toBeVisible();

  await beginRounds(page);
  await run(page, 'Volgende ronde');
  await run(page, 'Volgende ronde');

  const mayorBriefing = briefingOf(scenario, 'mayor').slice(0, 60);
  const policeBriefing = briefingOf(scenario, 'police-chief').slice(0, 60);
  const commsBriefing = briefingOf(scenario, 'comms').slice(0, 60);

  await expect(mayor.getByRole('heading', { level: 1, name: 'Burgemeester van Marewold' })).toBeVisible();

  // T+20: "Naam van de verdachte gaat rond" reaches the mayor and the communication adviser, not the police.
  // Each window opens on "This turn": what is new for its role.
  const nameInject = 'Naam van de verdachte gaat rond';
  await expect(mayor.getByRole('heading', { name: new RegExp(nameInject) })).toBeVisible();
  await expect(police.getByText(nameInject)).toHaveCount(0);
  await expect(police.getByRole('heading', { name: /Eerste beeld van het onderzoek/ })).toBeVisible();
  await guideImage(mayor, 'participant-table');

  await openTab(mayor, 'Rolkaart');
  await openTab(police, 'Rolkaart');
  await expect(mayor.getByText(mayorBriefing)).toBeVisible();
  await expect(mayor.getByText(policeBriefing)).toHaveCount(0);
  await expect(mayor.getByText(commsBriefing)).toHaveCount(0);
  await expect(police.getByText(policeBriefing)).toBeVisible();
  await expect(police.getByText(mayorBriefing)).toHaveCount(0);
  await openTab(mayor, 'Acties');
  // Long scenario texts (an NL-Alert's advice in a choice list) wrap; the page never scrolls sideways.
  expect(await mayor.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  // A table acts for its own role; the console sees it.
  await police.getByRole('button', { name: 'Beurt beëindigen' }).click();
  await expect(police.getByText(/Uw tafel is nu niet aan de beurt/)).toBeVisible();
  await expect(mayor.getByText('Uw tafel is aan de beurt.')).toBeVisible();
  await page.screenshot({ path: 'test-results/trainer-console.png' });

  expect(errors).toEqual([]);
});

test('projector, evaluator and a second console join the console that hosts; an unknown table and a closed host are said plainly', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openSetup(page);
  const { popup, session } = await createExercise(page, context);
  watchErrors(popup, errors);
  await beginRounds(page);
  const title = 'Introductie: steekpartij op de Brink';

  const projector = await context.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/#/session/${session}/projector`);
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const evaluator = await context.newPage();
  watchErrors(evaluator, errors);
  await evaluator.goto(`/#/session/${session}/evaluator`);
  await expect(evaluator.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // A second console in the same browser joins the host instead of hosting the exercise twice.
  const second = await context.newPage();
  watchErrors(second, errors);
  await second.goto(`/#/session/${session}/trainer`);
  await expect(second.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await run(second, 'Volgende ronde');
  await expect(page.locator('.clock__fact--round .clock__value').first()).toHaveText('2');

  const stranger = await context.newPage();
  watchErrors(stranger, errors);
  await stranger.goto(`/#/session/${session}/table/bestaat-niet`);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Deze tafel bestaat niet in deze oefening' })).toBeVisible();

  await page.close();
  await expect(projector.getByText(/De oefenleiderconsole is gesloten of wordt herladen/)).toBeVisible();
  expect(errors).toEqual([]);
});
