// Shared steps of the classroom end-to-end tests: the real classroom host (`src/server/main.ts`) on
// loopback with a free port and a fresh data folder, devices as browsers of their own, joining and
// admitting.
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { watchErrors } from './session-helpers.js';

export interface ClassroomHost {
  readonly origin: string;
  readonly trainerUrl: string;
  readonly code: string;
  stop(): Promise<void>;
}

export async function startClassroomHost(scenario = 'scenarios/intro-market-square.json'): Promise<ClassroomHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crisistafel-e2e-classroom-'));
  const host: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--scenarios', scenario], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const found = await new Promise<{ origin: string; trainerUrl: string; code: string }>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const link = /(http:\/\/127\.0\.0\.1:\d+)\/#\/classroom\/[0-9a-f]{64}/.exec(out);
      const joinCode = /#\/join\/([A-Z0-9]{6})/.exec(out);
      if (link && joinCode) resolve({ origin: link[1] as string, trainerUrl: link[0], code: joinCode[1] as string });
    };
    host.stdout?.on('data', read);
    host.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    host.once('exit', (status) => reject(new Error(`the classroom host stopped (${status}):\n${out}`)));
  });
  return {
    ...found,
    async stop() {
      if (host.exitCode === null) {
        const exited = new Promise((resolve) => host.once('exit', resolve));
        host.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A browser of its own for each person or screen: separate storage, as separate devices have. */
export async function device(browser: Browser, errors: string[], viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport });
  const page = await context.newPage();
  watchErrors(page, errors);
  return page;
}

export async function joinAs(page: Page, host: ClassroomHost, name: string): Promise<void> {
  await page.goto(`${host.origin}/#/join/${host.code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Meedoen aan de oefening' })).toBeVisible();
  await expect(page.getByLabel('Deelnamecode')).toHaveValue(host.code);
  await page.getByLabel('Uw naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachten op de oefenleider' })).toBeVisible();
}

export async function admit(trainer: Page, name: string, place: string, verb = 'toelaten'): Promise<void> {
  await trainer.getByRole('combobox', { name: `Plek voor ${name}` }).selectOption({ label: place });
  await trainer.getByRole('button', { name: `${name} ${verb} op de gekozen plek` }).click();
}
