// `npm test` needs a Chromium for the end-to-end tests. Find one, install it where we can
// (root with apt-get, as CI is), or stop with a clear instruction.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.js';

const found = findChromium();
if (found) {
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no browser is there. Point it at a Chromium or Chrome executable.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
})();
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get (about 30 s)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/sh' });
  if (findChromium()) process.exit(0);
}
console.error(
  [
    'The end-to-end tests need Chromium, and none was found.',
    '  Install it (Debian/Ubuntu: sudo apt-get install chromium), or',
    '  set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.',
  ].join('\n'),
);
process.exit(1);
