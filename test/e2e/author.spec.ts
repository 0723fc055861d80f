// The author view in the production build, under its real Content-Security-Policy: a broken file shows
// its errors with line:column and a link that takes the author to the line; a bundled scenario shows the
// linter's findings, the timeline per role and the dry run's results; a reload keeps the open file; the
// schema downloads; "play from here" opens the setup; axe-core finds no serious violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { watchErrors } from './session-helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BROKEN = `${root}test/fixtures/ui/broken-scenario.json`;
const INTRO = `${root}scenarios/intro-market-square.json`;

test.use({ locale: 'nl-NL' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the element is inside its scrolling container's visible part. */
async function inScrolledView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((node) => {
    const box = node.getBoundingClientRect();
    const frame = (node.closest('.author-source') as HTMLElement).getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  });
}

test('a broken file: errors with line:column, each linking to its line', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('link', { name: /^Zelf een scenario schrijven\?/ }).click();
  await expect(page).toHaveURL(/#\/author$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Auteursweergave' })).toBeVisible();

  await page.getByLabel('Kies een scenariobestand').setInputFiles(BROKEN);
  const found = page.getByRole('region', { name: 'Fouten in het bestand' });
  await expect(found).toBeVisible();
  const problem = found.getByRole('listitem').filter({ hasText: 'durationMinutes' });
  await expect(problem.getByText(/^broken-scenario\.json:13:\d+$/)).toBeVisible();
  const link = problem.getByRole('link', { name: /^Regel 13, kolom \d+$/ });
  await link.click();

  const line = page.locator('.author-source__line[aria-current="location"]');
  await expect(line).toBeFocused();
  await expect(line).toContainText('"durationMinutes": "forty-five"');
  expect(await line.evaluate((node) => [...node.parentElement!.children].indexOf(node) + 1)).toBe(13);
  expect(await inScrolledView(page, '.author-source__line[aria-current="location"]')).toBe(true);
  await expect(page).toHaveURL(/#\/author$/);
  await expect(page.getByRole('region', { name: 'Tijdlijn per rol' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/author-errors.png', fullPage: true });

  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

// The dry run plays 30 exercises in a worker: on a busy machine that alone can take a minute.
test('a bundled scenario: lint findings, timeline and dry run', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/#/author');
  await expect(page.getByRole('heading', { level: 1, name: 'Auteursweergave' })).toBeVisible();

  const schema = page.getByRole('link', { name: 'JSON Schema downloaden (scenario.schema.json)' });
  const download = page.waitForEvent('download');
  await schema.click();
  expect((await download).suggestedFilename()).toBe('scenario.schema.json');
  const served = await page.request.get(new URL((await schema.getAttribute('href')) ?? '', page.url()).href);
  expect(((await served.json()) as { title?: string; $schema?: string }).$schema).toMatch(/json-schema\.org/);

  await page.getByLabel('Kies een scenariobestand').setInputFiles(INTRO);
  const checks = page.getByRole('region', { name: 'Controles' });
  await expect(checks.getByText(/^Inclusief wat de 30 runs van de proefrun bereikten/)).toBeVisible({ timeout: 150_000 });
  await expect(checks.getByText('Twee injects tegelijk voor één rol').first()).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Tijdlijn per rol' });
  await expect(timeline.getByRole('columnheader', { name: /^Ronde 1 T\+00/ })).toBeVisible();
  await expect(timeline.getByRole('rowheader', { name: 'Burgemeester van Marewold' })).toBeVisible();

  const dry = page.getByRole('region', { name: 'Proefrun met bots' });
  await expect(dry.getByText(/^30 runs: 10 per bot/)).toBeVisible();
  const ratings = dry.getByRole('table', { name: /per doel en per bot/ });
  await expect(ratings.getByRole('columnheader', { name: 'Bot volgens doctrine' })).toBeVisible();
  await expect(ratings.getByRole('rowheader').first()).toContainText('VB');
  await expect(dry.getByRole('heading', { name: 'Nooit bereikt' })).toBeVisible();
  await page.screenshot({ path: 'test-results/author-valid.png', fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  expect(errors).toEqual([]);
});

test('a reload keeps the opened scenario and its checks; play from here opens setup with it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/#/author');
  await page.getByLabel('Kies een scenariobestand').setInputFiles(INTRO);
  await expect(page.getByRole('region', { name: 'Tekst van intro-market-square.json' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Tekst van intro-market-square.json' })).toBeVisible();
  await expect(page.getByText(/^Hersteld uit deze browser\./)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Controles' }).getByText(/^Inclusief wat de 30 runs/)).toBeVisible({ timeout: 150_000 });

  await page.getByRole('button', { name: 'Spelen vanaf hier: oefening voorbereiden met dit scenario' }).click();
  await expect(page).toHaveURL(/#\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Introductie: steekpartij op de Brink' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
