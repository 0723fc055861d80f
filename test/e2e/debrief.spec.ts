// The debrief end to end: a finished session file is opened, the debrief shows each objective's rating
// exactly as `simulate --script` computes it for the same seed and log, the after-action report prints
// with those ratings, axe finds no serious or critical accessibility violation, and the room's version
// (for the projector) shows the same ratings without trainer material.
//
// The app does not mount the debrief yet, so the screen is tested through a test-only page
// (test/e2e/debrief-page) served by Vite's dev server; it opens the file with the exports' import
// control and mounts the debrief exactly as the app will.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { playExercise } from '../../src/engine/bots/index.js';
import { loadScenario } from '../../src/engine/index.js';
import { makeBundle } from '../../src/engine/session/bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4183;
const SCENARIO = 'station-attack';
const SEED = '3';

interface Simulated {
  readonly score: { readonly objectives: Readonly<Record<string, { readonly rating: string; readonly meaning: string; readonly score: number | null }>> };
}

let server: ViteDevServer;
let simulated: Simulated;
let out: string;
let bundleFile: string;

test.beforeAll(async () => {
  // Outside test-results, which a Playwright run elsewhere in the tree may clear while this one runs.
  out = mkdtempSync(join(tmpdir(), 'crisistafel-debrief-'));
  bundleFile = join(out, `${SCENARIO}-seed-${SEED}.json`);
  const loaded = loadScenario(readFileSync(`${root}scenarios/${SCENARIO}.json`, 'utf8'), `${SCENARIO}.json`);
  if (!loaded.ok) throw new Error(`${SCENARIO} does not load`);
  // The random bot plays unevenly, so the objectives come out with different ratings worth comparing.
  const { state } = playExercise(loaded.scenario, SEED, 'random');
  writeFileSync(bundleFile, JSON.stringify(makeBundle(loaded.scenario, state)));
  const json = execFileSync('npx', ['tsx', 'src/cli/simulate.ts', `scenarios/${SCENARIO}.json`, '--seed', SEED, '--script', bundleFile, '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  simulated = JSON.parse(json) as Simulated;
  server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    server: { port: PORT, strictPort: true, host: '127.0.0.1' },
    optimizeDeps: { entries: ['test/e2e/debrief-page/index.html'] },
  });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function openFinishedSession(page: Page, audience: 'trainer' | 'room' = 'trainer'): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/test/e2e/debrief-page/index.html?scenario=${SCENARIO}&lang=en&audience=${audience}`);
  await page.getByLabel('Choose a session file').setInputFiles(bundleFile);
  await expect(page.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeVisible({ timeout: 20_000 });
}

test('the debrief rates each objective as simulate --script does, and the printed report carries those ratings', async ({ page }) => {
  test.setTimeout(120_000);
  await openFinishedSession(page);
  const objectives = Object.entries(simulated.score.objectives);
  expect(objectives.map(([id]) => id).sort()).toEqual(['VB1', 'VB2']);
  for (const [id, expected] of objectives) {
    const article = page.locator('article.objective').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} — `) }) });
    await expect(article.locator('> .rating .rating__letter')).toHaveText(expected.rating === 'notExercised' ? '–' : expected.rating);
    await expect(article.locator('> .rating .rating__meaning')).toHaveText(`Rating: ${expected.meaning}`);
  }

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

  // Evidence links land on their timeline entry.
  const link = page.locator('.evidence a').first();
  const target = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await expect(page.locator(`[id="${target}"]`)).toBeFocused();
  await expect(page.locator(`[id="${target}"]`)).toContainText('Evidence shown');

  await page.getByRole('button', { name: 'After-action report (AAR/IP)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'After-Action Report and Improvement Plan (AAR/IP)' })).toBeFocused();
  await page.getByLabel(/^Owner for /).first().fill('Veiligheidsregio, team vakbekwaamheid');

  const axeReport = await new AxeBuilder({ page }).analyze();
  expect(axeReport.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // What the PDF will hold: under print media only the report is shown, with each objective's rating.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Back to the debrief' })).toBeHidden();
  await expect(page.getByLabel('Step in the log')).toBeHidden();
  const report = page.locator('article.aar');
  await expect(report).toBeVisible();
  for (const [id, expected] of objectives) {
    const block = report.locator('.aar__objective').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${id} — `) }) });
    await expect(block.locator('.aar__rating strong')).toHaveText(`Rating: ${expected.meaning}`);
  }
  await expect(page.getByLabel(/^Owner for /).first()).toHaveValue('Veiligheidsregio, team vakbekwaamheid');
  const pdf = await page.pdf({ path: join(out, 'after-action-report.pdf'), format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
});

test('the room’s debrief shows the same ratings and no trainer material', async ({ page }) => {
  test.setTimeout(60_000);
  await openFinishedSession(page, 'room');
  for (const [id, expected] of Object.entries(simulated.score.objectives)) {
    const article = page.locator('article.objective').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${id} — `) }) });
    await expect(article.locator('> .rating .rating__meaning')).toHaveText(`Rating: ${expected.meaning}`);
  }
  await expect(page.getByRole('heading', { name: 'Exports' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Observations' })).toHaveCount(0);
  await expect(page.getByText(/Override the rating/)).toHaveCount(0);
  await expect(page.getByLabel(/Refused attempts/)).toHaveCount(0);
  await expect(page.locator('.timeline__note')).toHaveCount(0);
});
