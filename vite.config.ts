import { availableParallelism } from 'node:os';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// In dev, Vite injects imported CSS as <style> elements, which the strict CSP blocks; only the dev server
// relaxes style-src. The production build keeps style-src 'self'.
const devInlineStyles: Plugin = {
  name: 'dev-csp-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

// One config for the app build and for Vitest. Unit tests run in node (the engine has no DOM);
// DOM tests under test/dom run in jsdom.
export default defineConfig({
  base: './',
  plugins: [devInlineStyles],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Phaser lives in its own lazy chunk (~1.4 MB min); only that chunk may be this large.
    chunkSizeWarningLimit: 1600,
    // board.html is the board's own page (its e2e tests and the frame-time bench use it).
    rolldownOptions: { input: { main: 'index.html', board: 'board.html' } },
  },
  // The validation worker (src/ui/validation-worker.ts) is a module worker, built as an ES module like the page.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    // CI machines can be busy (load 10 and more): a DOM test that renders a whole console and runs axe may
    // take many seconds there. Generous limits keep slowness from reading as failure; speed is measured by
    // `npm run bench`, never by tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest keeps one core for itself by default, which on a 2-core CI machine leaves a single test worker; its
    // main process does little while the workers run, so every core runs test files.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['test/dom/**/*.test.ts'] },
      },
    ],
  },
});
