// The board without WebGL: a second browser launched with --disable-webgl, where Phaser.AUTO falls
// back to its Canvas renderer. The picture must be the same and follow the same changes.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'station-attack.json';
const scenario = JSON.parse(readFileSync(`${root}scenarios/${FILE}`, 'utf8')) as {
  roles: { id: string; office: string }[];
  picture: { boardActions?: { id: string; label: string | { nl?: string; en?: string }; roles: string[]; effects: { kind: string; change?: { op: string; zone?: string } }[] }[] };
};
const cordonAction = (scenario.picture.boardActions ?? []).find((a) => a.effects.some((e) => e.kind === 'board' && e.change?.op === 'activateZone'));
const cordonZones = (cordonAction?.effects ?? []).flatMap((e) => (e.change?.op === 'activateZone' && e.change.zone ? [e.change.zone] : []));
const nl = (text: string | { nl?: string; en?: string }) => (typeof text === 'string' ? text : text.nl || text.en || '');
const scaler = scenario.roles.find((r) => r.office === 'operationalLeader' || r.office === 'copiLeader');

test.use({
  locale: 'nl-NL',
  viewport: { width: 1400, height: 1000 },
  launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--disable-webgl'] },
});

const mount = (page: Page) => page.locator('[data-board-mount]');

test('falls back to the Canvas renderer under --disable-webgl and follows each change', async ({ page }) => {
  expect(cordonAction).toBeDefined();
  expect(scaler).toBeDefined();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));

  await page.goto('board.html');
  await page.getByLabel('Scenario').selectOption({ label: FILE });
  await page.getByLabel('Beeld voor').selectOption(cordonAction!.roles[0]!);
  await page.getByRole('button', { name: 'Kaart tonen' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-renderer', 'canvas');
  await expect(mount(page)).toHaveAttribute('data-board-version', '0');

  await page.getByRole('button', { name: 'Volgende ronde' }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '2');

  // A cordon: the board action button sends the command, the canvas draws the next version.
  await page.locator('.board-actions').getByRole('button', { name: nl(cordonAction!.label) }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '3');
  for (const zone of cordonZones) await expect(page.locator(`.board-mirror [data-item-id="zone:${zone}"]`)).toContainText(/; actief$/);

  // A GRIP change by the role that may declare it.
  await page.getByLabel('Beeld voor').selectOption(scaler!.id);
  await page.getByRole('button', { name: /^Op- of afschalen \(GRIP\): niveau 2$/ }).click();
  await expect(mount(page)).toHaveAttribute('data-board-version', '4');
  await expect(page.locator('[data-status="scaling"]')).toHaveText('GRIP 2 – ROT');
  await expect(page.locator('[data-team="ROT"]')).toHaveAttribute('data-active', 'true');

  await page.screenshot({ path: 'test-results/board-canvas.png', fullPage: true });
  await page.locator('.board__map').screenshot({ path: 'test-results/board-canvas-map.png' });
  expect(errors).toEqual([]);
});
