// Page height of each screen, and the clicks from opening the app to round 1 with a three-table layout.
// A measurement for the closing notes of layout work (issue 17), not a test and not a budget: it prints
// what a trainer would meet on a laptop (1366×768) and a phone (390×844).
//
//   npx vite build && npx tsx bench/browser/page-heights.ts [--port 4207] [--json out.json] [--shots dir]
//
// It serves dist/ with `vite preview` on the given port, plays the station-attack scenario in hot-seat
// with three tables (policy team / driehoek and operations / national) through the app's own controls,
// and records document height (scrollHeight) per screen. Labels come from the i18n dictionaries, so the
// script follows wording changes.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { t, type MessageKey } from '../../src/i18n/index.js';
import { ROOT } from '../lib/scenarios.js';

const LANG = 'nl';
const SCENARIO = 'Aanslag op Havenstad Centraal';
const VIEWPORTS = [
  { name: 'laptop 1366×768', width: 1366, height: 768 },
  { name: 'phone 390×844', width: 390, height: 844 },
] as const;

/** Where each role of station-attack sits in the three-table layout; the table keeps its first role's default name. */
const LAYOUT: Readonly<Record<string, 'policy' | 'driehoek' | 'national'>> = {
  'mayor-havenstad': 'policy',
  'chair-region': 'policy',
  'comm-adviser': 'policy',
  'operational-leader': 'driehoek',
  'ghor-commander': 'driehoek',
  'police-chief': 'driehoek',
  'chief-prosecutor': 'driehoek',
  nctv: 'national',
  'nkc-director': 'national',
};

const say = (key: MessageKey, params?: Record<string, string | number>) => t(LANG, key, params);

interface Row {
  readonly screen: string;
  readonly viewport: string;
  readonly height: number;
  readonly note?: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function preview(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start within 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`vite preview exited (${code}); is dist/ built and port ${port} free?`)));
  });
}

async function height(page: Page): Promise<number> {
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
}

/** Where a control's bottom edge sits on the page (document coordinates), to say whether it is above the fold. */
async function bottomOf(page: Page, name: string): Promise<number | null> {
  const button = page.getByRole('button', { name, exact: true }).first();
  if ((await button.count()) === 0) return null;
  return button.evaluate((node) => node.getBoundingClientRect().bottom + window.scrollY);
}

class Clicks {
  count = 0;
  async click(page: Page, name: string, within?: Page | ReturnType<Page['locator']>): Promise<void> {
    await (within ?? page).getByRole('button', { name, exact: true }).first().click();
    this.count += 1;
  }
}

async function measure(browser: Browser, base: string, viewport: (typeof VIEWPORTS)[number], rows: Row[]): Promise<number> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale: 'nl-NL', baseURL: base });
  const page = await context.newPage();
  const shots = arg('--shots');
  const record = async (p: Page, screen: string, note?: string) => {
    rows.push({ screen, viewport: viewport.name, height: await height(p), ...(note ? { note } : {}) });
    if (shots) await p.screenshot({ path: join(shots, `${screen.replace(/[^a-z0-9]+/gi, '-')}-${viewport.width}.png`) });
  };
  const clicks = new Clicks();

  await page.goto('/');
  await page.getByRole('heading', { name: SCENARIO }).waitFor();
  await record(page, 'home');
  await page.goto('/#/author');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await record(page, 'author (no file)');

  // From here on, every click a trainer makes is counted.
  await page.goto('/');
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: SCENARIO }) });
  await clicks.click(page, say('home.bundled.choose'), card as never);
  await page.getByRole('heading', { level: 1, name: say('setup.title') }).waitFor();
  await record(page, 'setup (default tables)');

  // A three-table layout: in one click when setup offers it, else by removing tables and moving roles.
  const layoutButton = page.getByRole('button', { name: /drie tafels|three tables/i });
  if ((await layoutButton.count()) > 0) {
    await layoutButton.first().click();
    clicks.count += 1;
  } else {
    const keep = new Map<string, string>();
    for (const [role, table] of Object.entries(LAYOUT)) if (!keep.has(table)) keep.set(table, role);
    const keptRoles = new Set(keep.values());
    // Remove every table whose first role is not a kept one (the default is one table per required role).
    for (;;) {
      const legends = await page.locator('[data-table-remove]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.tableRemove ?? ''));
      const seats = await page.locator('select[id^="setup-seat-"]').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLSelectElement).id.replace('setup-seat-', ''), (n as HTMLSelectElement).value]));
      const keptTables = new Set(seats.filter(([role]) => keptRoles.has(role ?? '')).map(([, table]) => table));
      const drop = legends.find((id) => !keptTables.has(id));
      if (!drop) break;
      await page.locator(`[data-table-remove="${drop}"]`).click();
      clicks.count += 1;
    }
    for (const [role, table] of Object.entries(LAYOUT)) {
      const target = await page.locator(`#setup-seat-${keep.get(table) ?? ''}`).inputValue();
      const select = page.locator(`#setup-seat-${role}`);
      if ((await select.inputValue()) === target) continue;
      await select.selectOption(target);
      clicks.count += 1;
    }
  }
  const tables = await page.locator('fieldset.setup__table').count();
  await record(page, 'setup (three tables)', `${tables} tables`);

  await page.getByRole('checkbox', { name: say('setup.acknowledge') }).check();
  clicks.count += 1;
  const popup = context.waitForEvent('page');
  await clicks.click(page, say('setup.start'));
  const station = await popup;
  await page.getByRole('heading', { level: 1, name: SCENARIO }).waitFor();
  await record(page, 'trainer console (before start)');
  await clicks.click(page, say('trainer.run.start'));
  await clicks.click(page, say('trainer.run.beginRounds'));
  await page.locator('.clock__fact--round .clock__value').first().filter({ hasText: '1' }).waitFor();
  const toRound1 = clicks.count;
  await record(page, 'trainer console (round 1)');

  const projector = await context.newPage();
  await projector.goto(page.url().replace(/\/trainer$/, '/projector'));
  await projector.locator('.projector, [data-projector]').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
  await record(projector, 'projector (round 1)');

  await station.setViewportSize({ width: viewport.width, height: viewport.height });
  const reveal = station.getByRole('button', { name: /^Wij zijn .*: toon ons scherm$/ });
  await reveal.waitFor();
  await record(station, 'hot-seat privacy screen');
  await reveal.click();
  await station.getByRole('heading', { level: 1 }).first().waitFor();
  await station.waitForTimeout(500);
  const endTurn1 = await bottomOf(station, say('play.endTurn'));
  await record(station, 'participant turn (round 1)', `End turn bottom at y=${Math.round(endTurn1 ?? -1)}`);

  // Later in the exercise the inbox and the taken decisions have grown: advance to round 5.
  for (let round = 2; round <= 5; round += 1) {
    await page.getByRole('button', { name: say('trainer.run.advance'), exact: true }).click();
    await page.locator('.clock__fact--round .clock__value').first().filter({ hasText: String(round) }).waitFor();
  }
  await record(page, 'trainer console (round 5)');
  await record(projector, 'projector (round 5)');
  await reveal.waitFor();
  await reveal.click();
  await station.getByRole('heading', { level: 1 }).first().waitFor();
  await station.waitForTimeout(500);
  const endTurn5 = await bottomOf(station, say('play.endTurn'));
  await record(station, 'participant turn (round 5)', `End turn bottom at y=${Math.round(endTurn5 ?? -1)}`);

  await page.getByRole('button', { name: say('trainer.run.end'), exact: true }).click();
  await page.getByRole('button', { name: say('trainer.end.confirm'), exact: true }).click();
  await page.getByRole('button', { name: say('trainer.run.openDebrief'), exact: true }).click();
  await page.waitForURL(/\/debrief$/);
  await page.locator('article.objective').first().waitFor();
  await record(page, 'trainer debrief');
  await projector.waitForTimeout(1000);
  await record(projector, 'projector (room debrief)');
  await context.close();
  return toRound1;
}

async function main(): Promise<void> {
  const port = Number(arg('--port') ?? 4207);
  const server = await preview(port);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs });
  const rows: Row[] = [];
  const clicks: Record<string, number> = {};
  try {
    for (const viewport of VIEWPORTS) clicks[viewport.name] = await measure(browser, `http://127.0.0.1:${port}/`, viewport, rows);
  } finally {
    await browser.close();
    server.kill();
  }
  const screens = [...new Set(rows.map((r) => r.screen))];
  console.log(`Page height (px, document scrollHeight), station-attack, hot-seat, three tables, ${LANG}`);
  console.log(['screen'.padEnd(34), ...VIEWPORTS.map((v) => v.name.padStart(18))].join(''));
  for (const screen of screens) {
    const cells = VIEWPORTS.map((v) => {
      const row = rows.find((r) => r.screen === screen && r.viewport === v.name);
      return (row ? String(row.height) : '—').padStart(18);
    });
    console.log([screen.padEnd(34), ...cells].join(''));
  }
  for (const row of rows.filter((r) => r.note)) console.log(`  ${row.viewport}, ${row.screen}: ${row.note ?? ''}`);
  console.log(`Clicks from opening the app to round 1 with a three-table layout: ${Object.entries(clicks).map(([v, n]) => `${n} (${v})`).join(', ')}`);
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify({ rows, clicks }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
