// Shared steps of the exercise end-to-end tests: prepare the bundled introduction scenario from the
// home page, create the session, and drive the trainer console's run controls.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SCENARIO_TITLE = 'Introductie: steekpartij op de Brink';

/** Console errors and uncaught errors of a page (and the popups it opens), for a test to assert none. */
export function watchErrors(page: Page, seen: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) seen.push(`${page.url()} console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`${page.url()} page error: ${e.message}`));
  return seen;
}

/** From the home page to the setup screen of the introduction scenario. */
export async function openSetup(page: Page): Promise<void> {
  await page.goto('/');
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: SCENARIO_TITLE }) });
  await card.getByRole('button', { name: 'Oefening voorbereiden' }).click();
  await expect(page).toHaveURL(/#\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible();
}

/** Create the session; the first chosen window opens as a popup. Returns it and the session id. */
export async function createExercise(page: Page, context: BrowserContext): Promise<{ popup: Page; session: string }> {
  await page.getByRole('checkbox', { name: 'Ik heb de inhoudswaarschuwingen gelezen en met de groep besproken.' }).check();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Oefening aanmaken en console openen' }).click();
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/trainer$/);
  const session = /#\/session\/([0-9a-f]+)\/trainer$/.exec(page.url())?.[1] ?? '';
  return { popup: await popup, session };
}

/** Open a part of the participant's screen by its tab ("Deze beurt", "Acties", "Berichten", "Kaart", …). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`), selected: true })).toBeVisible();
}

export async function run(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

/** The trainer starts the briefing and begins the rounds: round 1 at T+00. */
export async function beginRounds(trainer: Page): Promise<void> {
  await run(trainer, 'Oefening starten (briefing)');
  await run(trainer, 'Rondes beginnen');
}

export function briefingOf(scenario: { roles: { id: string; briefing: string | { nl: string; en: string } }[] }, role: string): string {
  const b = scenario.roles.find((r) => r.id === role)?.briefing;
  return typeof b === 'string' ? b : (b?.nl ?? '');
}

/** The repository's root, for files the tests read and write. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A picture for docs/trainer-guide.md, always under the same name, so the guide shows the screens as
 * the tests last saw them.
 */
export async function guideImage(page: Page, name: string, at?: Locator): Promise<void> {
  if (at) await at.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${ROOT}docs/images/${name}.png` });
}

export interface SimulatedRating {
  readonly rating: string;
  readonly meaning: string;
}

/** `simulate --script <bundle> --json`: the ratings per objective the command line computes from a session file. */
export function simulateRatings(scenarioFile: string, seed: string, bundleFile: string): Record<string, SimulatedRating> {
  const json = execFileSync('npx', ['tsx', 'src/cli/simulate.ts', scenarioFile, '--seed', seed, '--script', bundleFile, '--json', '--lang', 'nl'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(json) as { score: { objectives: Record<string, SimulatedRating> } }).score.objectives;
}

/** Each objective in a debrief (trainer's or room's) shows the rating's letter and its meaning in words. */
export async function expectRatings(page: Page, objectives: Record<string, SimulatedRating>, label = 'Beoordeling'): Promise<void> {
  const ids = Object.keys(objectives);
  expect(ids.length).toBeGreaterThan(0);
  await expect(page.locator('article.objective')).toHaveCount(ids.length);
  for (const [id, expected] of Object.entries(objectives)) {
    const article = page.locator('article.objective').filter({ has: page.getByRole('heading', { name: new RegExp(`^${id} — `) }) });
    await expect(article.locator('> .rating .rating__letter')).toHaveText(expected.rating === 'notExercised' ? '–' : expected.rating);
    await expect(article.locator('> .rating .rating__meaning')).toHaveText(`${label}: ${expected.meaning}`);
  }
}
