// 4. Browser: headless Chromium against the production build, served from a temporary folder by a tiny
// static server. JavaScript bytes before the first screen and of the Phaser chunk; time to an
// interactive first screen beside a blank page built by the same Vite config; time from a click on a
// trainer command to the screen showing it; the board's CPU time per frame with 50 and 500 markers.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
// The board's test hook (window.__crisistafelBoard) is declared with the board's mount.
import type {} from '../../src/board/mount.js';
import { t } from '../../src/i18n/index.js';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import { ROOT } from '../lib/scenarios.js';
import { median, percentile } from '../lib/stats.js';
import { buildApp, buildBlank } from './builds.js';
import { serveDirectory, type StaticServer } from './static-server.js';

const LANG = 'nl';
const VIEWPORT = { width: 1280, height: 800 };

// tsx compiles this file with esbuild's keepNames, which wraps inner functions in a `__name` helper; the
// functions handed to the page are serialised without it, so the page gets a stand-in.
const NAME_HELPER = { content: 'globalThis.__name = (fn) => fn;' };

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
  await context.addInitScript(NAME_HELPER);
  return context;
}

interface ScriptEntry {
  readonly url: string;
  readonly start: number;
}

interface Timings {
  /** Milliseconds from navigation to the first frame showing the screen's heading (the app) or button (blank). */
  readonly drawn: number;
  /** …to the first frame in which the screen can be used: the scenario buttons (the app) or the button (blank). */
  readonly interactive: number;
  readonly scripts: readonly ScriptEntry[];
}

declare global {
  interface Window {
    __benchBoardSince?: number;
    __bench?: { drawn?: number; interactive?: number };
    __benchPending?: Promise<{ click: number; dom: number; frame: number }>;
  }
}

// Installed before any of the page's own scripts: notes the first frame after the heading and after
// the interactive element appear, in the page's own clock (0 = the start of the navigation).
function watchFirstScreen(selectors: { drawn: string; interactive: string }): void {
  const marks: { drawn?: number; interactive?: number } = {};
  window.__bench = marks;
  const check = () => {
    for (const key of ['drawn', 'interactive'] as const) {
      if (marks[key] === undefined && document.querySelector(selectors[key])) {
        marks[key] = -1;
        requestAnimationFrame(() => (marks[key] = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

async function firstScreen(browser: Browser, url: string, selectors: { drawn: string; interactive: string }): Promise<Timings> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstScreen, selectors);
    await page.goto(url);
    await page.waitForFunction(() => (window.__bench?.interactive ?? -1) > 0 && (window.__bench?.drawn ?? -1) > 0, undefined, { timeout: 30_000 });
    return await page.evaluate(() => ({
      drawn: window.__bench?.drawn ?? 0,
      interactive: window.__bench?.interactive ?? 0,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ url: e.name, start: e.startTime })),
    }));
  } finally {
    await context.close();
  }
}

class Sizes {
  private readonly cache = new Map<string, { gzip: number; text: string }>();
  constructor(private readonly dir: string) {}

  of(url: string): { gzip: number; text: string } {
    const path = new URL(url).pathname;
    let entry = this.cache.get(path);
    if (!entry) {
      const body = readFileSync(join(this.dir, path));
      entry = { gzip: gzipSync(body).length, text: body.toString('utf8') };
      this.cache.set(path, entry);
    }
    return entry;
  }

  gzipKB(urls: Iterable<string>): number {
    let total = 0;
    for (const url of new Set(urls)) total += this.of(url).gzip;
    return total / 1024;
  }
}

/** From the home page to the trainer console of the introduction scenario, with the rounds begun. */
async function openTrainerConsole(page: Page, appUrl: string): Promise<void> {
  const intro = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'intro-market-square.json'), 'utf8')) as { title: { nl: string } };
  await page.goto(appUrl);
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: intro.title.nl }) });
  await card.getByRole('button', { name: t(LANG, 'home.bundled.choose') }).click();
  await page.getByRole('checkbox', { name: t(LANG, 'setup.acknowledge') }).check();
  // Creating the exercise opens the first chosen window (a station) as a popup beside the console.
  const popup = page.context().waitForEvent('page');
  await page.getByRole('button', { name: t(LANG, 'setup.start') }).click();
  await popup;
  await page.waitForURL(/#\/session\/[^/]+\/trainer$/);
  for (const action of ['start', 'beginRounds'] as const) {
    const button = page.locator(`button[data-action="${action}"]`);
    await page.waitForFunction((a) => document.querySelector(`button[data-action="${a}"]`)?.getAttribute('aria-disabled') === 'false', action);
    await button.click();
  }
  await page.waitForFunction(() => document.querySelector('button[data-action="advance"]')?.getAttribute('aria-disabled') === 'false');
}

type Shown = 'round' | 'paused' | 'resumed';

// Installed before a click: resolves with the click's time, the time the DOM first shows its effect,
// and the start of the next frame (when the browser paints it), all in the page's clock.
function watchCommand(shown: Shown): void {
  const roundText = () => document.querySelector('.clock__fact--round .clock__value')?.textContent ?? '';
  const enabled = (action: string) => document.querySelector(`button[data-action="${action}"]`)?.getAttribute('aria-disabled') === 'false';
  const before = roundText();
  const done = () => (shown === 'round' ? roundText() !== before : shown === 'paused' ? enabled('resume') : enabled('pause'));
  window.__benchPending = new Promise((resolve) => {
    let click: number | null = null;
    const onClick = (event: Event) => {
      if ((event.target as Element | null)?.closest('[data-action]')) click = event.timeStamp;
    };
    document.addEventListener('click', onClick, true);
    const observer = new MutationObserver(() => {
      if (click === null || !done()) return;
      observer.disconnect();
      document.removeEventListener('click', onClick, true);
      const dom = performance.now();
      const at = click;
      requestAnimationFrame(() => resolve({ click: at, dom, frame: performance.now() }));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function commandToScreen(browser: Browser, appUrl: string, samples: number): Promise<{ dom: number[]; frame: number[] }> {
  const context = await newContext(browser);
  const dom: number[] = [];
  const frame: number[] = [];
  try {
    const page = await context.newPage();
    await openTrainerConsole(page, appUrl);
    // Advancing is limited by the scenario's rounds; pausing and resuming can be repeated.
    const plan: [string, Shown][] = [['advance', 'round'], ['advance', 'round']];
    while (plan.length < samples) plan.push(['pause', 'paused'], ['resume', 'resumed']);
    for (const [action, shown] of plan.slice(0, samples)) {
      await page.waitForFunction((a) => document.querySelector(`button[data-action="${a}"]`)?.getAttribute('aria-disabled') === 'false', action);
      await page.evaluate(watchCommand, shown);
      await page.locator(`button[data-action="${action}"]`).click();
      const r = await page.evaluate(() => window.__benchPending as Promise<{ click: number; dom: number; frame: number }>);
      dom.push(r.dom - r.click);
      frame.push(r.frame - r.click);
    }
  } finally {
    await context.close();
  }
  return { dom, frame };
}

interface BoardFrames {
  readonly renderer: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly fps: number;
  readonly markers: number;
}

async function boardFrames(browser: Browser, appUrl: string, extra: number, seconds: number): Promise<{ frames: BoardFrames; before: string[]; lazy: string[] }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}board.html?stress=${extra}`);
    await page.getByLabel(t(LANG, 'board.page.scenario')).selectOption({ label: 'festival-livestream.json' });
    await page.waitForFunction(() => (document.querySelector('#board-page-audience')?.children.length ?? 0) > 1);
    const jsNow = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).pathname.endsWith('.js')));
    const before = await jsNow();
    await page.getByRole('button', { name: t(LANG, 'board.page.show') }).click();
    const mount = page.locator('[data-board-mount]');
    await page.waitForFunction(() => document.querySelector('[data-board-mount]')?.hasAttribute('data-board-version'), undefined, { timeout: 60_000 });
    const renderer = (await mount.getAttribute('data-board-renderer')) ?? 'unknown';
    const lazy = (await jsNow()).filter((u) => !before.includes(u));
    const markers = await page.locator('.board-mirror [data-item-id^="marker:"]').count();
    // keepAwake runs the game loop even while nothing moves, and starts the frame statistics afresh.
    await page.evaluate(() => {
      window.__crisistafelBoard?.keepAwake(true);
      window.__benchBoardSince = performance.now();
    });
    await page.waitForTimeout(seconds * 1000);
    const s = await page.evaluate(() => {
      const summary = window.__crisistafelBoard?.frameStats() ?? null;
      const elapsed = performance.now() - (window.__benchBoardSince ?? 0);
      window.__crisistafelBoard?.keepAwake(false);
      return { summary, elapsed };
    });
    if (!s.summary || s.summary.frames === 0) throw new Error(`the board drew no frames with ${extra} extra markers`);
    return {
      frames: { renderer, medianMs: s.summary.medianMs, p95Ms: s.summary.p95Ms, fps: s.summary.frames / (s.elapsed / 1000), markers },
      before,
      lazy,
    };
  } finally {
    await context.close();
  }
}

const APP_SCREEN = { drawn: 'h1.brand__name', interactive: 'article.scenario-card .scenario-card__actions button' };
const BLANK_SCREEN = { drawn: '#app button', interactive: '#app button' };

/**
 * One part of the browser figures. A part that fails (a screen changed, a timeout) is reported as a
 * failed row with its reason, and the others still run: one broken screen should not hide every figure.
 */
async function part(report: Report, progress: (text: string) => void, id: string, label: string, run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim() !== '')?.slice(0, 200) ?? '';
    progress(`${label} failed: ${reason}`);
    report.add('browser', { id: `browser.failed.${id}`, label, value: null, unit: '', note: `failed: ${reason}` });
    return false;
  }
}

/** The browser figures; returns Chromium's version, or null when no Chromium was found. */
export async function browserSection(report: Report, opts: BenchOptions, progress: (text: string) => void): Promise<string | null> {
  const executable = findChromium();
  if (!executable || !existsSync(executable)) {
    report.add('browser', { id: 'browser.skipped', label: 'browser figures', value: null, unit: '', note: 'skipped: no Chromium found (install it or set CHROMIUM_PATH)' });
    return null;
  }
  const work = mkdtempSync(join(tmpdir(), 'crisistafel-bench-'));
  const servers: StaticServer[] = [];
  let browser: Browser | null = null;
  try {
    const appDir = join(work, 'app');
    const blankDir = join(work, 'blank');
    const built = await part(report, progress, 'build', 'production build', async () => {
      progress('building the app and a blank page with vite.config.ts');
      await buildApp(appDir);
      await buildBlank(join(work, 'blank-src'), blankDir);
    });
    if (!built) return null;
    const app = await serveDirectory(appDir);
    servers.push(app);
    const blank = await serveDirectory(blankDir);
    servers.push(blank);
    const b = await chromium.launch({ executablePath: executable, args: chromiumArgs });
    browser = b;
    const sizes = new Sizes(appDir);

    await part(report, progress, 'firstScreen', 'first screen', async () => {
      progress('first screen: the app and the blank page in turn');
      const runs = opts.quick ? 1 : 5;
      const appRuns: Timings[] = [];
      const blankRuns: Timings[] = [];
      // Alternate, so a burst of load from another job hits both alike.
      for (let i = 0; i < runs; i++) {
        appRuns.push(await firstScreen(b, app.url, APP_SCREEN));
        blankRuns.push(await firstScreen(b, blank.url, BLANK_SCREEN));
      }
      const last = appRuns[appRuns.length - 1] as Timings;
      const firstScreenJs = last.scripts.filter((x) => x.start <= last.drawn).map((x) => x.url);
      const untilInteractive = last.scripts.filter((x) => x.start <= last.interactive).map((x) => x.url);
      report.add('browser', { id: 'browser.js.firstScreen', label: `JS before the first screen is drawn (gzip, ${firstScreenJs.length} files)`, value: sizes.gzipKB(firstScreenJs), unit: 'KB', budget: 'firstScreenJs' });
      report.add('browser', {
        id: 'browser.js.interactive',
        label: `JS until the first screen is interactive (gzip, ${untilInteractive.length} files, with the validator loaded after first paint)`,
        value: sizes.gzipKB(untilInteractive),
        unit: 'KB',
      });
      report.add('browser', {
        id: 'browser.js.phaserInFirstScreen',
        label: 'Phaser code in that JS (gzip)',
        value: sizes.gzipKB(untilInteractive.filter((u) => sizes.of(u).text.includes('Phaser'))),
        unit: 'KB',
        budget: 'phaserOutsideFirstScreen',
      });
      const blankInteractive = median(blankRuns.map((r) => r.interactive));
      report.add('browser', {
        id: 'browser.firstScreen.drawn',
        label: 'navigation → first screen drawn',
        value: median(appRuns.map((r) => r.drawn)),
        unit: 'ms',
        baseline: { label: 'blank page', value: blankInteractive, unit: 'ms' },
      });
      report.add('browser', {
        id: 'browser.firstScreen.interactive',
        label: 'navigation → first screen interactive (bundled scenarios validated, buttons shown)',
        value: median(appRuns.map((r) => r.interactive)),
        unit: 'ms',
        baseline: { label: 'blank page', value: blankInteractive, unit: 'ms' },
      });
    });

    await part(report, progress, 'command', 'trainer console', async () => {
      progress('trainer console: click → screen');
      const samples = opts.quick ? 2 : 16;
      const cmd = await commandToScreen(b, app.url, samples);
      report.add('browser', { id: 'browser.command.dom', label: `click on a trainer command → DOM shows it (median of ${samples})`, value: median(cmd.dom), unit: 'ms' });
      report.add('browser', { id: 'browser.command.frame', label: '… → next frame painted (median)', value: median(cmd.frame), unit: 'ms' });
      report.add('browser', { id: 'browser.command.frame.max', label: '… → next frame painted (slowest)', value: percentile(cmd.frame, 100), unit: 'ms' });
    });

    await part(report, progress, 'board', 'board page', async () => {
      progress('the board with 50 and 500 markers');
      const seconds = opts.quick ? 1 : 3;
      const b50 = await boardFrames(b, app.url, 50, seconds);
      const b500 = await boardFrames(b, app.url, 500, seconds);
      const phaser = [...b500.lazy].sort((x, y) => sizes.of(y).gzip - sizes.of(x).gzip)[0];
      report.add('browser', { id: 'browser.js.boardPage', label: 'board page: JS before the board is shown (gzip, without the lazy board chunks)', value: sizes.gzipKB(b500.before), unit: 'KB' });
      report.add('browser', { id: 'browser.js.phaser', label: 'the Phaser chunk (gzip, lazy)', value: phaser ? sizes.gzipKB([phaser]) : null, unit: 'KB', note: phaser ? undefined : 'not found' });
      for (const [n, f] of [[50, b50.frames], [500, b500.frames]] as const) {
        report.add('browser', {
          id: `browser.board.${n}.median`,
          label: `board CPU per frame, +${n} markers (${f.markers} drawn), median`,
          value: f.medianMs,
          unit: 'ms',
          budget: n === 500 ? 'boardFrame500' : undefined,
        });
        report.add('browser', { id: `browser.board.${n}.p95`, label: `board CPU per frame, +${n} markers, p95`, value: f.p95Ms, unit: 'ms' });
        report.add('browser', { id: `browser.board.${n}.fps`, label: `frame rate, +${n} markers (${f.renderer}, software)`, value: f.fps, unit: 'fps' });
      }
    });
    return b.version();
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
