// The debrief in the app (#/session/<id>/debrief): the trainer runs the introduction scenario to its
// end, the debrief rates each objective exactly as `simulate --script` computes it from the session file
// the console exports, evidence links land on their timeline entry, the after-action report prints with
// those ratings (print media and a PDF), axe finds no serious or critical violation on the trainer's
// debrief, the report and the room's version on the projector, and the room's version holds the same
// ratings without trainer material.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginRounds, createExercise, expectRatings, guideImage, openSetup, run, simulateRatings, watchErrors, type SimulatedRating } from './session-helpers.js';

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });

const SEED = 'nabespreking-3';
const TITLE = 'Introductie: steekpartij op de Brink';

let out = '';
test.beforeAll(() => {
  // Outside test-results, which a Playwright run elsewhere in the tree may clear while this one runs.
  out = mkdtempSync(join(tmpdir(), 'crisistafel-debrief-'));
});
test.afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the debrief rates as simulate --script does, prints its report with those ratings, and the room sees them without trainer material', async ({ page, context }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openSetup(page);
  await page.getByLabel('Seed', { exact: true }).fill(SEED);
  const { popup: station, session } = await createExercise(page, context);
  watchErrors(station, errors);
  const projector = await context.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/#/session/${session}/projector`);
  await expect(projector.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The trainer runs the rounds to the end; the tables' decisions take their defaults at the deadlines.
  await beginRounds(page);
  for (let round = 1; round <= 7; round++) await run(page, 'Volgende ronde');
  await expect(page.locator('.clock__phase').first()).toHaveText('Hotwash');
  await run(page, 'Nabespreking openen');
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  await expect(page.getByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeVisible();

  // The session file from the bar above the debrief, and what the command line makes of it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sessiebestand exporteren' }).click();
  const bundleFile = join(out, 'session.json');
  await (await downloading).saveAs(bundleFile);
  const simulated: Record<string, SimulatedRating> = simulateRatings('scenarios/intro-market-square.json', SEED, bundleFile);
  await expectRatings(page, simulated);
  await expect(page.getByRole('region', { name: 'Terugspelen' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Evidence links land on their timeline entry.
  const link = page.locator('.evidence a').first();
  const target = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await expect(page.locator(`[id="${target}"]`)).toBeFocused();
  await expect(page.locator(`[id="${target}"]`)).toContainText('Getoond bewijs');
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  // The projector follows what the trainer opens: the evidence's event is in front of the room; the trainer then puts
  // the whole debrief back (checked below, with the room's ratings).
  await expect(projector.getByRole('heading', { level: 2, name: /^Gebeurtenis #\d+ · / })).toBeVisible();
  await page.getByRole('button', { name: 'Zaal: nabespreking als geheel tonen' }).click();
  await expect(page.getByText('De zaal ziet de nabespreking als geheel.')).toBeVisible();

  // The after-action report, with the improvement plan filled in.
  await page.getByRole('button', { name: 'Rapport na de oefening (AAR/IP)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rapport na de oefening en verbeterplan (AAR/IP)' })).toBeFocused();
  await page.getByLabel(/^Eigenaar voor /).first().fill('Veiligheidsregio, team vakbekwaamheid');
  expect(await seriousViolations(page)).toEqual([]);

  // What the PDF holds: under print media only the report is shown, with each objective's rating.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Terug naar de nabespreking' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Deze oefening: opslaan en vensters' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Schermen van de oefenleider' })).toBeHidden();
  const report = page.locator('article.aar');
  await expect(report).toBeVisible();
  for (const [id, expected] of Object.entries(simulated)) {
    const block = report.locator('.aar__objective').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${id} — `) }) });
    await expect(block.locator('.aar__rating strong')).toBeVisible();
    await expect(block.locator('.aar__rating strong')).toHaveText(`Beoordeling: ${expected.meaning}`);
  }
  await expect(page.getByLabel(/^Eigenaar voor /).first()).toHaveValue('Veiligheidsregio, team vakbekwaamheid');
  await guideImage(page, 'aar-print', report);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });

  // The room's version on the projector: the same ratings, nothing of the trainer's.
  await expect(projector.getByRole('heading', { level: 1, name: `Nabespreking: ${TITLE}` })).toBeVisible({ timeout: 20_000 });
  await expectRatings(projector, simulated);
  await expect(projector.getByRole('heading', { name: 'Exporteren' })).toHaveCount(0);
  await expect(projector.getByRole('heading', { name: 'Waarnemingen' })).toHaveCount(0);
  await expect(projector.getByText(/aanpassen$/)).toHaveCount(0);
  await expect(projector.getByRole('checkbox', { name: /Geweigerde pogingen/ })).toHaveCount(0);
  await expect(projector.locator('.timeline__note')).toHaveCount(0);
  await expect(projector.getByRole('region', { name: 'Terugspelen' })).toHaveCount(0);
  expect(await seriousViolations(projector)).toEqual([]);

  expect(errors).toEqual([]);
});
