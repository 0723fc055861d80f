// Every screen of a hot-seat exercise at the three sizes a room meets — a laptop (1366×768), a projector or
// large screen (1920×1080) and a phone (390×844) — stored for docs/trainer-guide.md, with the page height of
// each screen at each size written to test-results/page-heights.json (the before/after numbers).
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { beginRounds, createExercise, guideImage, openSetup, ROOT, run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL', viewport: { width: 1366, height: 768 } });

const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
] as const;
const MAYOR = 'Burgemeester van Marewold';

const heights: Record<string, Record<string, number>> = {};

/** The screen at each size: its picture for the guide and its page height (what a user would have to scroll). */
async function atEverySize(page: Page, screen: string, ready: () => Promise<void>): Promise<void> {
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await ready();
    // Let the screen's own fitting (projector columns, the turn view's height) follow the new size.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    (heights[screen] ??= {})[size.name] = height;
    await guideImage(page, `screen-${screen}-${size.name}`);
  }
  if (before) await page.setViewportSize(before);
}

test.afterAll(() => {
  mkdirSync(`${ROOT}test-results`, { recursive: true });
  writeFileSync(`${ROOT}test-results/page-heights.json`, `${JSON.stringify(heights, null, 2)}\n`);
});

test('every screen at 1366×768, 1920×1080 and 390×844: setup, turn view, console, projector, debrief', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openSetup(page);
  await atEverySize(page, 'setup', () => expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible());

  const { popup: station } = await createExercise(page, context);
  watchErrors(station, errors);
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Projector openen' }).click();
  const projector = await opening;
  watchErrors(projector, errors);
  await beginRounds(page);
  await run(page, 'Volgende ronde');

  await atEverySize(page, 'console', () => expect(page.getByRole('button', { name: 'Volgende ronde', exact: true })).toBeVisible());
  await atEverySize(projector, 'projector', () => expect(projector.locator('[data-board-mount]')).toHaveAttribute('data-board-version', /^\d+$/));

  await expect(station.getByRole('heading', { level: 1, name: `Geef het apparaat aan ${MAYOR}` })).toBeVisible();
  await station.getByRole('button', { name: `Wij zijn ${MAYOR}: toon ons scherm` }).click();
  await atEverySize(station, 'participant', () => expect(station.getByRole('button', { name: 'Beurt beëindigen' })).toBeVisible());

  await run(page, 'Oefening beëindigen…');
  await run(page, 'Ja, oefening beëindigen');
  await run(page, 'Nabespreking openen');
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/debrief$/);
  await expect(page.getByRole('heading', { name: 'Exporteren' })).toBeVisible({ timeout: 30_000 });
  await atEverySize(page, 'debrief', () => expect(page.getByRole('heading', { level: 1, name: /^Nabespreking: / })).toBeVisible());
  await atEverySize(projector, 'projector-debrief', () => expect(projector.getByRole('heading', { level: 1, name: /^Nabespreking: / })).toBeVisible());
  expect(errors).toEqual([]);
});
