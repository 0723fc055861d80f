// Scenario text is untrusted: a scenario file whose every text carries HTML and script payloads is
// opened through the file opener and played — setup, the tables' station, the trainer console, the
// projector, the debriefs (trainer's and room's) and the after-action report — and everywhere the
// payloads are shown as text: no element is made from them, nothing runs, no CSP rule is even tested.
// Texts people type in (participant names, a rationale, a free inject, an observation) carry them too.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../src/zod-setup.js';
import { loadScenario } from '../../src/engine/index.js';
import { ROOT, run } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const FILE = 'payloads.json';

let out = '';
let file = '';

/** Every bilingual text of the scenario gets a payload appended, the two kinds taking turns. */
function withPayloads(value: unknown, count = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => withPayloads(v, count));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 0 && keys.every((k) => k === 'nl' || k === 'en') && keys.every((k) => typeof record[k] === 'string')) {
    const payload = count.n++ % 2 === 0 ? IMG : SCRIPT;
    return Object.fromEntries(keys.map((k) => [k, `${record[k] as string} ${payload}`]));
  }
  return Object.fromEntries(keys.map((k) => [k, withPayloads(record[k], count)]));
}

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'crisistafel-inert-'));
  file = join(out, FILE);
  const text = JSON.stringify(withPayloads(JSON.parse(readFileSync(`${ROOT}scenarios/intro-market-square.json`, 'utf8'))), null, 2);
  const loaded = loadScenario(text, FILE);
  if (!loaded.ok) throw new Error(`the payload scenario must stay valid: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  writeFileSync(file, text);
});

test.afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** CSP violations and errors of a page: an inline handler or script that even tried to run shows here. */
async function watch(page: Page, seen: string[]): Promise<void> {
  page.on('pageerror', (e) => seen.push(`${page.url()} page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) seen.push(`${page.url()} console: ${m.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(`${page.url()} CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
}

/** The payloads are on the page as text, and nothing was made or run from them. */
async function expectInert(page: Page): Promise<void> {
  await expect(page.getByText(IMG, { exact: false }).first()).toBeAttached();
  await expect(page.getByText(SCRIPT, { exact: false }).first()).toBeAttached();
  await expect(page.locator('img[src="x"], img[onerror], [onerror]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => (s.textContent ?? '').includes('__xss')).length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

test('HTML and script in a scenario file and in typed text stay inert on every screen', async ({ page, context }) => {
  test.setTimeout(120_000);
  const seen: string[] = [];
  await watch(page, seen);

  // The home page's file opener previews the file.
  await page.goto('/');
  await page.getByLabel('Kies een scenariobestand').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText(`${FILE} is geldig.`);
  await expectInert(page);

  // The setup screen opens it through its own file opener.
  await page.goto('/#/setup');
  await expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible();
  await page.getByLabel('Kies een scenariobestand').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Tafels en rollen' })).toBeVisible();
  await page.getByLabel('Deelnemers').first().fill(`Anna ${IMG}\nBram ${SCRIPT}`);
  await page.getByRole('radio', { name: 'Pas bij de nabespreking' }).check();
  await expectInert(page);

  await page.getByRole('checkbox', { name: 'Ik heb de inhoudswaarschuwingen gelezen en met de groep besproken.' }).check();
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Oefening aanmaken en console openen' }).click();
  const station = await opened;
  await watch(station, seen);
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/trainer$/);
  const session = /#\/session\/([0-9a-f]+)\/trainer$/.exec(page.url())?.[1] ?? '';
  const projector = await context.newPage();
  await watch(projector, seen);
  await projector.goto(`/#/session/${session}/projector`);

  await run(page, 'Oefening starten (briefing)');
  await run(page, 'Rondes beginnen');
  // A free inject for everyone, also on the projector.
  await page.getByRole('textbox', { name: 'Tekst', exact: true }).fill(`Persbericht ${SCRIPT} en ${IMG}`);
  await page.getByRole('checkbox', { name: 'Ook op de projector tonen' }).check();
  await page.getByRole('button', { name: 'Vrije inject versturen' }).click();
  await run(page, 'Volgende ronde');

  // The first table decides, with a rationale carrying a payload.
  await station.getByRole('button', { name: /toon ons scherm$/ }).click();
  const decision = station.getByRole('article').filter({ has: station.getByRole('button', { name: 'Besluit nemen' }) });
  await decision.getByRole('radio').first().check();
  await decision.getByLabel('Onderbouwing (waarom deze keuze?)').fill(`Omdat ${IMG}`);
  await decision.getByRole('button', { name: 'Besluit nemen' }).click();
  await expect(station.getByText(`Onderbouwing: Omdat ${IMG}`)).toBeVisible();
  await expectInert(station);
  // Text, not markup: the item's literal text is in the room's feed (which on a full screen may keep older items
  // out of sight to fit the 16:9 display, so presence is what is checked, then that nothing ran).
  await expect(projector.getByText(`Persbericht ${SCRIPT} en ${IMG}`)).toBeAttached();
  await expectInert(projector);

  await page.getByLabel('Waarneming', { exact: true }).fill(`Let op ${SCRIPT}`);
  await page.getByRole('button', { name: 'Waarneming vastleggen' }).click();
  await expect(page.getByText(`Let op ${SCRIPT}`).first()).toBeVisible();
  await expectInert(page);

  // Play ends; every debrief shows the texts as text.
  await run(page, 'Oefening beëindigen…');
  await page.getByRole('button', { name: 'Ja, oefening beëindigen' }).click();
  await run(page, 'Nabespreking openen');
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  await expect(page.getByRole('heading', { level: 1, name: /^Nabespreking: / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /^Nabespreking: / })).toContainText(IMG);
  await expectInert(page);
  await expect(projector.getByRole('heading', { level: 1, name: /^Nabespreking: / })).toBeVisible({ timeout: 20_000 });
  await expectInert(projector);
  await expect(station.getByRole('heading', { level: 2, name: /^Nabespreking: / })).toBeVisible({ timeout: 20_000 });
  await expectInert(station);

  await page.getByRole('button', { name: 'Rapport na de oefening (AAR/IP)' }).click();
  await expect(page.locator('article.aar')).toBeVisible();
  await expectInert(page);

  expect(seen).toEqual([]);
});
