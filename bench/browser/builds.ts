// The two builds the browser figures need, both made in this run with the project's own Vite config:
// the app's production build, and a blank page (one button, nothing else) as the baseline for the
// time to an interactive first screen. Both go to a temporary folder, never to dist/.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/scenarios.js';

const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const CONFIG = join(ROOT, 'vite.config.ts');

function run(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args[0] ?? ''} failed (exit code ${code}): ${errors.trim().slice(0, 2000)}`))));
  });
}

/** `vite build` of the app, exactly as `npm run build` makes it, into `outDir`. */
export function buildApp(outDir: string): Promise<void> {
  return run(['build', '--config', CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error']);
}

// The same head as index.html (the Content-Security-Policy included), and a page that is interactive
// as soon as its one module has run: the least any page built this way can do.
const BLANK_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'"
    />
    <link rel="icon" href="data:," />
    <title>Blank</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/blank.ts"></script>
  </body>
</html>
`;

const BLANK_TS = `const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Start';
document.getElementById('app')?.append(button);
`;

/**
 * The blank page, built by the project's vite.config.ts with the blank folder as its root. The config
 * names index.html and board.html as inputs, so the blank folder has both (the same blank page).
 */
export async function buildBlank(srcDir: string, outDir: string): Promise<void> {
  mkdirSync(srcDir, { recursive: true });
  writeFileSync(join(srcDir, 'index.html'), BLANK_HTML);
  writeFileSync(join(srcDir, 'board.html'), BLANK_HTML);
  writeFileSync(join(srcDir, 'blank.ts'), BLANK_TS);
  await run(['build', srcDir, '--config', CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error']);
}
