// The first screen in the production build, under its real Content-Security-Policy.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => `${root}test/fixtures/ui/${name}`;

type Text = string | { nl: string; en: string };

/** The scenarios the build bundles: whatever is in scenarios/ right now, so the test follows the real bundle. */
function bundledScenarios(): { fileName: string; titleNl: string }[] {
  return readdirSync(`${root}scenarios`)
    .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
    .map((fileName) => {
      const title = (JSON.parse(readFileSync(`${root}scenarios/${fileName}`, 'utf8')) as { title: Text }).title;
      return { fileName, titleNl: typeof title === 'string' ? title : title.nl || title.en };
    });
}

test.use({ locale: 'nl-NL' });

// Chromium warns that frame-ancestors has no effect in a <meta> CSP (it only works as an HTTP header).
// That is a note on index.html's policy, not a violation by the page; every other console error counts.
const META_FRAME_ANCESTORS_NOTE = "The Content Security Policy directive 'frame-ancestors' is ignored when delivered via a <meta> element.";

/** Console errors, failed requests, uncaught page errors and CSP violations seen while the test runs. */
async function watchForErrors(page: Page): Promise<string[]> {
  const seen: string[] = [];
  // The browser probes /favicon.ico on its own; the build has none, and that miss is not the page's doing.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text() !== META_FRAME_ANCESTORS_NOTE) seen.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return seen;
}

test('home lists the bundled scenarios, shows a broken file’s problems with line:column, and breaks no CSP rule', async ({ page }) => {
  const errors = await watchForErrors(page);
  const jsonAssets: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.json') && response.ok()) jsonAssets.push(path);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Crisistafel' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByText('Scenario’s laden…')).toHaveCount(0);

  const bundled = bundledScenarios();
  if (bundled.length === 0) {
    await expect(page.getByText('Er zijn nog geen meegeleverde scenario’s.')).toBeVisible();
  }
  for (const { fileName, titleNl } of bundled) {
    await expect(page.getByRole('heading', { level: 3, name: titleNl })).toBeVisible();
    const stem = fileName.replace(/\.json$/, '');
    // Each bundled scenario arrives as its own JSON asset, not inside the first screen's JavaScript.
    expect(jsonAssets.some((path) => new RegExp(`/assets/${stem}-[\\w-]+\\.json$`).test(path)), `${fileName} fetched as an asset`).toBe(true);
  }

  await page.getByLabel('Kies een scenariobestand').setInputFiles(fixture('broken-scenario.json'));
  await expect(page.getByRole('status')).toHaveText(/^\d+ (probleem|problemen) gevonden in broken-scenario\.json\.$/);
  const problems = page.locator('.file-opener .problem');
  await expect(problems.first()).toBeVisible();
  await expect(problems.filter({ hasText: 'durationMinutes' }).getByText(/^broken-scenario\.json:13:\d+$/)).toBeVisible();

  await page.screenshot({ path: 'test-results/home.png', fullPage: true });

  await page.getByLabel('Kies een scenariobestand').setInputFiles(fixture('valid-minimal.json'));
  await expect(page.getByRole('status')).toHaveText('valid-minimal.json is geldig.');
  await expect(page.locator('.file-opener').getByRole('heading', { level: 3, name: 'Oefening Havenkade' })).toBeVisible();

  expect(errors).toEqual([]);
});

test('a large hostile file is checked in a worker, off the page, and answered with its first problems', async ({ page }) => {
  const errors = await watchForErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Crisistafel' })).toBeVisible();

  // 200,000 keys the format does not know (about 3 MB): once minutes of work on the page's own thread.
  const minimal = readFileSync(fixture('valid-minimal.json'), 'utf8');
  const keys = Array.from({ length: 200_000 }, (_, i) => `"x${i}": 0`).join(',\n');
  const text = minimal.replace(/\}\s*$/, `,${keys}}`);
  await page.getByLabel('Kies een scenariobestand').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text) });

  await expect(page.getByRole('status')).toHaveText('201 problemen gevonden in hostile.json.', { timeout: 30_000 });
  await expect(page.locator('.file-opener .problem').first()).toContainText('Unknown key "x0".');
  await expect(page.locator('.file-opener .problem').last()).toContainText('…and more problems');
  expect(workers.some((url) => /validation-worker-[\w-]+\.js$/.test(url)), workers.join(', ')).toBe(true);
  expect(errors).toEqual([]);
});

test('the language switch keeps the opened file, is remembered, and scenario HTML stays inert', async ({ page }) => {
  const errors = await watchForErrors(page);
  await page.goto('/');
  // The file input is reachable from the keyboard: Tab lands on it, and the drop zone shows the focus.
  const input = page.getByLabel('Kies een scenariobestand');
  for (let presses = 0; presses < 10 && !(await input.evaluate((node) => node === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(input).toBeFocused();
  await expect(page.locator('.drop-zone')).toHaveCSS('border-top-style', 'solid');

  await input.setInputFiles(fixture('html-in-text.json'));
  await expect(page.getByRole('status')).toHaveText('html-in-text.json is geldig.');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'How it works' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('html-in-text.json is valid.');
  const title = page.locator('.file-opener').getByRole('heading', { level: 3 });
  await expect(title).toHaveText('<img src=x onerror="document.title=\'pwned\'">Harbour <b>Quay</b> drill');
  await expect(page.locator('.file-opener img, .file-opener script, .file-opener b')).toHaveCount(0);
  expect(await page.title()).toBe('Crisistafel');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'How it works' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('a save database a newer version left is explained, and starting fresh clears it for good', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // What a newer Crisistafel (or another app on this origin) could leave: the database at version 7, without our store.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const del = indexedDB.deleteDatabase('crisistafel');
        del.onsuccess = del.onerror = del.onblocked = () => {
          const open = indexedDB.open('crisistafel', 7);
          open.onupgradeneeded = () => open.result.createObjectStore('other');
          open.onsuccess = () => {
            open.result.close();
            done();
          };
          open.onerror = () => fail(new Error(String(open.error)));
        };
      }),
  );
  await page.reload();
  const notice = page.getByRole('alert');
  await expect(notice.getByRole('heading', { name: 'De bewaarde oefening kan niet worden hervat' })).toBeVisible();
  await expect(notice).toContainText('kan niet worden gelezen');
  await notice.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await notice.getByRole('button', { name: 'Ja, verwijderen en opnieuw beginnen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Give the saved-exercise check its moment; the notice must not come back.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const versions = await page.evaluate(async () => (await indexedDB.databases()).map((d) => [d.name, d.version]));
  expect(versions.filter(([name]) => name === 'crisistafel').every(([, version]) => version === 1)).toBe(true);
});
