// The operational picture in the production build (board.html), in Chromium with WebGL (SwiftShader
// with the pinned flags). The test waits on what the board says it has drawn (data-board-version,
// data-board-renderer), never on time or pixels. The Canvas fallback is in board-canvas.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Text = string | { nl?: string; en?: string };
interface ScenarioJson {
  roles: { id: string; name: Text; office: string }[];
  setting: { map: { areas: { id: string }[]; pointsOfInterest: { id: string }[] } };
  picture: { zones?: { id: string; ring: string; name: Text }[]; boardActions?: { id: string; label: Text; roles: string[]; effects: { kind: string; change?: { op: string; zone?: string } }[] }[] };
}

const FILE = 'station-attack.json';
const scenario = JSON.parse(readFileSync(`${root}scenarios/${FILE}`, 'utf8')) as ScenarioJson;
const nl = (text: Text) => (typeof text === 'string' ? text : text.nl || text.en || '');

/** The board action that puts a cordon in place, and a role that may take it. */
const cordonAction = (scenario.picture.boardActions ?? []).find((a) => a.effects.some((e) => e.kind === 'board' && e.change?.op === 'activateZone'));
const cordonZones = (cordonAction?.effects ?? []).flatMap((e) => (e.change?.op === 'activateZone' && e.change.zone ? [e.change.zone] : []));
/** A role that may declare GRIP 1 or 2 (DOMAIN.md §3): the CoPI leader or the operational leader. */
const scaler = scenario.roles.find((r) => r.office === 'operationalLeader' || r.office === 'copiLeader');

const SCENE_CHUNK = /\/assets\/scene-[\w-]+\.js$/;
const META_FRAME_ANCESTORS_NOTE = "The Content Security Policy directive 'frame-ancestors' is ignored when delivered via a <meta> element.";

/** Console errors, failed requests, page errors and CSP violations while the test runs. */
async function watchForErrors(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text() !== META_FRAME_ANCESTORS_NOTE) seen.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return seen;
}

const mount = (page: Page) => page.locator('[data-board-mount]');

async function version(page: Page): Promise<number> {
  return Number(await mount(page).getAttribute('data-board-version'));
}

test.use({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } });

test('loads Phaser only when the board is shown, draws with WebGL, and follows each change', async ({ page }) => {
  expect(cordonAction, `${FILE} has a board action that activates a zone`).toBeDefined();
  expect(scaler, `${FILE} has a role that may scale up`).toBeDefined();
  const errors = await watchForErrors(page);
  const sceneRequests: string[] = [];
  page.on('request', (r) => {
    if (SCENE_CHUNK.test(new URL(r.url()).pathname)) sceneRequests.push(r.url());
  });

  // The first screen never asks for the Phaser chunk.
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(sceneRequests).toEqual([]);

  // Nor does the board page, until the board is shown.
  await page.goto('board.html');
  await page.getByLabel('Scenario').selectOption({ label: FILE });
  await page.getByLabel('Beeld voor').selectOption(scaler!.id);
  await expect(page.getByRole('status').filter({ hasText: /^Ronde 0, T\+0$/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(sceneRequests).toEqual([]);

  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-renderer', 'webgl');
  await expect(mount(page)).toHaveAttribute('data-board-version', '0');
  expect(sceneRequests).toHaveLength(1);

  // The DOM mirror lists every area and place of the scenario's map.
  const mirror = page.locator('.board-mirror');
  for (const area of scenario.setting.map.areas) await expect(mirror.locator(`[data-item-id="area:${area.id}"]`)).toHaveCount(1);
  for (const poi of scenario.setting.map.pointsOfInterest) await expect(mirror.locator(`[data-item-id="poi:${poi.id}"]`)).toHaveCount(1);

  // The first round delivers the first notification: the incident appears on the map.
  await page.getByRole('button', { name: 'Volgende ronde' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '2');
  await expect(mirror.locator('[data-item-id="incident"]')).toHaveCount(1);
  await expect(mirror).toHaveAttribute('data-board-version', '2');

  // A GRIP change: the structure panel and the version follow.
  const before = await version(page);
  await page.getByRole('button', { name: /^Op- of afschalen \(GRIP\): niveau 1$/ }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', String(before + 1));
  await expect(page.locator('[data-status="scaling"]')).toHaveText('GRIP 1 – CoPI');
  await expect(page.locator('[data-team="CoPI"]')).toHaveAttribute('data-active', 'true');
  await expect(page.locator('.board__live')).toContainText('Opschaling gewijzigd: GRIP 1 – CoPI.');

  // A new cordon through the board's own action button (as the role that may take it).
  await page.getByLabel('Beeld voor').selectOption(cordonAction!.roles[0]!);
  const afterGrip = await version(page);
  await page.locator('.board-actions').getByRole('button', { name: nl(cordonAction!.label) }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', String(afterGrip + 1));
  for (const zone of cordonZones) await expect(mirror.locator(`[data-item-id="zone:${zone}"]`)).toContainText(/; actief$/);
  await expect(page.locator('.board-actions')).toContainText(`Uitgevoerd: ${nl(cordonAction!.label)}`);

  // Hovering the incident shows its details; clicking the map changes nothing.
  const settled = await version(page);
  const canvas = page.locator('[data-board-mount] canvas');
  await expect(canvas).toBeVisible();
  await page.locator('.board__map').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.board-details')).toHaveAttribute('data-item-id', 'incident');
  const box = await canvas.boundingBox();
  await canvas.click({ position: { x: (box?.width ?? 100) / 2, y: (box?.height ?? 100) / 2 } });
  expect(await version(page)).toBe(settled);

  const axe = await new AxeBuilder({ page }).include('[data-board-mount]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);

  await page.screenshot({ path: 'test-results/board-webgl.png', fullPage: true });
  await page.locator('.board__map').screenshot({ path: 'test-results/board-webgl-map.png' });
  expect(errors).toEqual([]);
});

test('projector mode and English: large type, and the same picture in the other language', async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto('board.html');
  await page.getByLabel('Scenario').selectOption({ label: FILE });
  await page.getByLabel('Projectorweergave (grote letters, hoog contrast)').check();
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-renderer', 'webgl');
  await page.getByRole('button', { name: 'Volgende ronde' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '2');
  await expect(page.locator('.board')).toHaveClass(/board--projector/);

  // The canvas follows its element's size (ResizeObserver + Phaser's scale manager).
  const sizes = () =>
    page.locator('.board__canvas').evaluate((host) => {
      const canvas = host.querySelector('canvas');
      return { host: host.clientWidth, canvas: canvas?.width ?? 0 };
    });
  const wide = await sizes();
  expect(wide.canvas).toBe(wide.host);
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(async () => (await sizes()).host).toBeLessThan(wide.host);
  await expect.poll(async () => {
    const now = await sizes();
    return now.canvas === now.host;
  }).toBe(true);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Crisis structure', exact: true })).toBeVisible();
  await expect(page.locator('[data-item-id="incident"]')).toHaveText('Incident location');
  await expect(mount(page)).toHaveAttribute('data-board-version', '2');
  const axe = await new AxeBuilder({ page }).include('[data-board-mount]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // The map's own controls and scale bar speak English too.
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scale: \d+ k?m$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/board-webgl-projector.png', fullPage: true });

  // The page remembers the choice (the same one the app makes): after a reload it is English from the start.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisistafel – operational picture');
  await expect(page).toHaveTitle('Crisistafel – operational picture');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Show the map' })).toBeVisible();
  expect(errors).toEqual([]);
});

/** The canvas's CSS box against its host's, and its pixels against the device pixel ratio. */
function canvasFit(page: Page) {
  return page.locator('.board__canvas').evaluate((host) => {
    const canvas = host.querySelector('canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const outer = host.getBoundingClientRect();
    const column = (document.querySelector('.board__map-column') as HTMLElement).getBoundingClientRect();
    return {
      fills: Math.abs(box.width - outer.width) <= 1 && Math.abs(box.height - outer.height) <= 1,
      sharp: Math.abs(canvas.width - outer.width * devicePixelRatio) <= 2 && Math.abs(canvas.height - outer.height * devicePixelRatio) <= 2,
      // The map takes its column's width (less its border).
      panelWidth: outer.width >= column.width - 4,
      width: Math.round(outer.width),
      height: Math.round(outer.height),
    };
  });
}

test('fills its panel from a phone to a 1920×1080 screen, sharp at DPR 2; zooms with the keys, the wheel and the buttons; details on hover, focus and tap', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = await watchForErrors(page);
  await page.goto('board.html');
  await page.getByLabel('Scenario').selectOption({ label: FILE });
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await page.getByRole('button', { name: 'Volgende ronde' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '2');
  await expect(mount(page)).toHaveAttribute('data-board-zoom', '1');

  // Laptop, phone and projector-sized windows: the canvas fills the map's box, which takes the panel's width.
  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await expect.poll(async () => {
      const fit = await canvasFit(page);
      return JSON.stringify({ size, fills: fit.fills, sharp: fit.sharp, panelWidth: fit.panelWidth });
    }).toBe(JSON.stringify({ size, fills: true, sharp: true, panelWidth: true }));
    const fit = await canvasFit(page);
    // Never a sliver: at least 16rem high, and on a large screen more than the old fixed 36rem.
    expect(fit.height).toBeGreaterThanOrEqual(256);
    if (size.width === 1920) expect(fit.height).toBeGreaterThan(600);
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  // The scale bar says a round length in metres or kilometres.
  const scale = page.getByRole('img', { name: /^Schaal: \d+ k?m$/ });
  await expect(scale).toBeVisible();
  const metresAtWhole = Number(await page.locator('.board-scale').getAttribute('data-metres'));

  // Keys: + zooms in (three times, more than × 2.5: the round length must get shorter), 0 shows the whole map again.
  const map = page.locator('.board__map');
  await map.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await expect(mount(page)).not.toHaveAttribute('data-board-zoom', '1');
  await expect.poll(async () => Number(await page.locator('.board-scale').getAttribute('data-metres'))).toBeLessThan(metresAtWhole);
  await expect(page.getByRole('button', { name: 'Uitzoomen' })).toBeEnabled();
  await page.keyboard.press('0');
  await expect(mount(page)).toHaveAttribute('data-board-zoom', '1');

  // The wheel zooms at the pointer; the buttons zoom too.
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(mount(page)).not.toHaveAttribute('data-board-zoom', '1');
  await page.getByRole('button', { name: 'Hele kaart' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-zoom', '1');
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-zoom', '1.5');
  await page.getByRole('button', { name: 'Hele kaart' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-zoom', '1');

  // Hover: the mouse on the incident shows its details in the map's corner.
  const details = page.locator('.board-details');
  const incidentAt = await page.evaluate(() => window.__crisistafelBoard?.itemPosition('incident') ?? null);
  expect(incidentAt).not.toBeNull();
  const canvasBox = (await page.locator('.board__canvas').boundingBox())!;
  await page.mouse.move(canvasBox.x + incidentAt![0], canvasBox.y + incidentAt![1]);
  await expect(details).toBeVisible();
  await expect(details).toHaveAttribute('data-item-id', 'incident');
  await expect(details).toContainText('Incidentlocatie');
  await page.mouse.move(canvasBox.x + canvasBox.width + 40, canvasBox.y + 10);
  await expect(details).toBeHidden();

  // Tap (a click that does not move): the details stay while the map has the focus.
  await page.mouse.click(canvasBox.x + incidentAt![0], canvasBox.y + incidentAt![1]);
  await expect(details).toHaveAttribute('data-item-id', 'incident');

  // Focus: the arrow keys step to the next item and its details show (the mouse moved off the map first:
  // what the mouse points at comes before the keyboard's item).
  await page.mouse.move(canvasBox.x + canvasBox.width + 40, canvasBox.y + 10);
  await page.keyboard.press('ArrowDown');
  await expect(details).toBeVisible();
  await expect(details).not.toHaveAttribute('data-item-id', 'incident');

  const axe = await new AxeBuilder({ page }).include('[data-board-mount]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.locator('.board__map-column').screenshot({ path: 'test-results/board-dpr2.png' });
  expect(errors).toEqual([]);
  await context.close();
});
