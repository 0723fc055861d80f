// The scenario:check CLI, run as an author runs it: a real process, real files, its output and exit code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/scenario-check.js';
import { runCli, spawnCli } from '../cli-support.js';

const FIXTURES = 'test/fixtures/scenarios';

const check = (...args: string[]) => runCli(main, ...args);

describe('npm run scenario:check', { timeout: 30_000 }, () => {
  it('exits 0 and says "valid" for each valid file', () => {
    const { status, stdout, stderr } = spawnCli('src/cli/scenario-check.ts', `${FIXTURES}/valid/minimal.json`, `${FIXTURES}/valid/station-havenstad.json`);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `${FIXTURES}/valid/minimal.json: valid\n${FIXTURES}/valid/station-havenstad.json: valid\n\nFiles checked: 2; all valid.\n`,
    );
    expect(status).toBe(0);
  });

  it('prints file:line:col, path and message, then the hint indented, and exits 1', () => {
    const file = `${FIXTURES}/invalid/unknown-key.json`;
    const { status, stdout } = check(`${FIXTURES}/valid/minimal.json`, file);
    expect(stdout).toBe(
      [
        `${FIXTURES}/valid/minimal.json: valid`,
        `${file}:29:7  roles[0].breifing  Unknown key "breifing".`,
        '    Did you mean "briefing"?',
        '',
        'Problems found: 1, in 1 of 2 files.',
        '',
      ].join('\n'),
    );
    expect(status).toBe(1);
  });

  it('names the whole file when an error has no path', () => {
    const { status, stdout } = check(`${FIXTURES}/invalid/empty-file.json`);
    expect(stdout).toContain(`${FIXTURES}/invalid/empty-file.json:1:1  (whole file)  The file is empty.`);
    expect(status).toBe(1);
  });

  it('reports a missing file clearly, without a stack trace, and exits 1', () => {
    const { status, stdout, stderr } = check('does/not/exist.json');
    expect(stdout).toContain('does/not/exist.json: file not found.');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(1);
  });

  it('reports a folder given as a file', () => {
    const { status, stdout } = check(FIXTURES);
    expect(stdout).toContain(`${FIXTURES}: this is a folder, not a file.`);
    expect(status).toBe(1);
  });

  it('checks a binary file without crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisistafel-'));
    const file = join(dir, 'image.json');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]));
    const { status, stdout, stderr } = check(file);
    expect(stdout).toContain(`${file}:1:1  (whole file)  This file is not a text file: it contains binary data.`);
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });

  it('shows usage and exits 1 when no file is given', () => {
    const { status, stdout } = check();
    expect(stdout).toMatch(/^Usage: npm run scenario:check/);
    expect(status).toBe(1);
  });

  it('speaks Dutch with --lang nl', () => {
    const { status, stdout } = check('--lang', 'nl', `${FIXTURES}/valid/minimal.json`);
    expect(stdout).toContain(`${FIXTURES}/valid/minimal.json: geldig`);
    expect(status).toBe(0);
  });
});
