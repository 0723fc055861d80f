// The scenario:msel CLI as a planner runs it: export to a file Excel opens, import back, errors by row and column.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/scenario-msel.js';
import { ROOT, runCli, spawnCli } from '../cli-support.js';

const msel = (...args: string[]) => runCli(main, ...args);

describe('npm run scenario:msel', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'msel-'));
  const scenario = 'scenarios/station-attack.json';

  it('exports with a byte-order mark and ";" by default, and imports it back to the same file', () => {
    const csv = join(dir, 'msel.csv');
    const out = join(dir, 'back.json');
    const exported = spawnCli('src/cli/scenario-msel.ts', 'export', scenario, '--out', csv, '--lang', 'nl');
    expect(exported.status).toBe(0);
    expect(exported.stderr).toBe(`scenarios/station-attack.json: 44 injects geschreven naar ${csv}.\n`);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFNr;Id;Tijd;/);
    const imported = msel('import', scenario, csv, '--out', out);
    expect(imported.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, scenario), 'utf8'));
    expect(imported.stderr).toContain('0 injects updated, 0 added, 0 not in the sheet (unchanged)');
  });

  it('writes a comma-separated file without a byte-order mark on request, to stdout without --out', () => {
    const { stdout, status } = msel('export', 'test/fixtures/lint/clean.json', '--separator', ',', '--no-bom');
    expect(status).toBe(0);
    expect(stdout.split('\r\n')[0]).toBe('No.,Id,Time,From (nl),From (en),To,Channel,Inject text (nl),Inject text (en),Expected action,Trainer note (nl),Trainer note (en),Objective');
  });

  it('exits 1 with row and column on a sheet it cannot import, leaving no output file', () => {
    const csv = join(dir, 'bad.csv');
    const out = join(dir, 'not-written.json');
    writeFileSync(csv, '\uFEFFNo.;Id;Time\r\n1;first-report;later\r\n', 'utf8');
    const { status, stderr } = msel('import', 'test/fixtures/lint/clean.json', csv, '--out', out);
    expect(stderr).toBe(`${csv}: the sheet was not imported:\n  row 2, column "Time": "later" is not a scenario time.\n    Write T+minutes (e.g. T+20), "when" or "optional".\n`);
    expect(status).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });

  it('explains its usage and refuses an unknown separator', () => {
    expect(msel('convert', scenario).stderr).toContain('Usage: npm run scenario:msel -- export');
    expect(msel('export', scenario, '--separator', '|').stderr).toBe('Separator "|" is not supported: choose ";" or ",".\n');
  });
});
