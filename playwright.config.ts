import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.js';

// E2E_PORT lets two runs (say, CI and a developer's) share a machine without fighting over the port.
const port = Number(process.env.E2E_PORT ?? 4173);

// End-to-end tests drive the system Chromium (Playwright never downloads a browser here)
// against the production build served by `vite preview`.
export default defineConfig({
  testDir: 'test/e2e',
  // Two browsers at once: most of an end-to-end test is waiting on a page, and every spec has its own pages,
  // ports and data folders (the classroom host takes a free port and a fresh folder).
  workers: 2,
  retries: 0,
  // CI machines may be busy (a run at load 10 once spent 90 s in one axe check): limits are generous so that
  // slowness never reads as failure; speed is measured by `npm run bench`, never by tests.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
