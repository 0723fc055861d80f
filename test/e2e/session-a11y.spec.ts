// Accessibility of the screens a participant and a trainer meet before and during play: axe-core finds
// no serious or critical violation on the home page, the setup screen, the trainer console, the
// projector (with its board), a participant's table window, the hot-seat privacy screen and the resume
// offer on the home page. The debriefs and the after-action report are checked in debrief.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { beginRounds, createExercise, guideImage, openSetup, openTab } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('home, setup, console, projector, participant, privacy screen and resume offer have no serious accessibility violation', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3, name: 'Introductie: steekpartij op de Brink' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await openSetup(page);
  // The problem summary is part of the setup screen too: ask to start before acknowledging.
  await page.getByRole('button', { name: 'Oefening aanmaken en console openen' }).click();
  await expect(page.getByRole('heading', { name: 'Nog niet klaar om te starten' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const { popup: station, session } = await createExercise(page, context);
  await beginRounds(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Introductie: steekpartij op de Brink' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const projector = await context.newPage();
  await projector.goto(`/#/session/${session}/projector`);
  await expect(projector.locator('[data-board-mount]')).toHaveAttribute('data-board-version', /^\d+$/);
  expect(await seriousViolations(projector)).toEqual([]);
  await expect(station.getByRole('heading', { level: 1, name: /^Geef het apparaat aan / })).toBeVisible();
  expect(await seriousViolations(station)).toEqual([]);

  await station.getByRole('button', { name: /toon ons scherm$/ }).click();
  await expect(station.getByRole('region', { name: 'Nieuw sinds uw vorige beurt', exact: true })).toBeVisible();
  expect(await seriousViolations(station)).toEqual([]);
  // Every part of the turn view, one tab at a time.
  for (const part of ['Acties', 'Berichten', 'Crisisstructuur', 'Rolkaart']) {
    await openTab(station, part);
    expect(await seriousViolations(station)).toEqual([]);
  }

  const table = await context.newPage();
  await table.goto(`/#/session/${session}/table/table-2`);
  await expect(table.getByRole('region', { name: 'Besluiten' })).toBeVisible();
  expect(await seriousViolations(table)).toEqual([]);

  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByRole('region', { name: 'Verder met de bewaarde oefening?' })).toBeVisible();
  await guideImage(home, 'resume-offer');
  expect(await seriousViolations(home)).toEqual([]);
});

test('an address that is no screen shows a friendly page, and back returns to the page before', async ({ page }) => {
  await page.goto('/#/geen-scherm');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Naar de startpagina', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crisistafel' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: 'Zo werkt het' })).toBeVisible();
});
