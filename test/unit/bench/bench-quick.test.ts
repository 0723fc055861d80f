// `npm run bench -- --quick`: the bench runs end to end on tiny inputs, prints every section's figures
// and writes the same figures as JSON. Nothing here looks at how fast anything was.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, within } from '../../../bench/lib/budgets.js';
import type { Figure, Series } from '../../../bench/lib/report.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crisistafel-bench-test-'));
const out = join(dir, 'results.json');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Results {
  readonly format: string;
  readonly quick: boolean;
  readonly machine: { readonly node: string; readonly cores: number; readonly cpu: string; readonly chromium: string | null };
  readonly figures: readonly Figure[];
  readonly series: readonly Series[];
}

describe('npm run bench -- --quick', () => {
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  }, 100_000);

  it('exits cleanly and prints a table with every section', () => {
    expect(run.status, run.stderr).toBe(0);
    for (const title of ['1. Engine', '2. Loader', '3. Playtest', '4. Browser', '5. Scale']) expect(run.stdout).toContain(title);
    expect(run.stdout).toMatch(/^Budgets: \d+ within, \d+ over/m);
  });

  it('writes the same figures as JSON, with the machine they were measured on', () => {
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    expect(results.format).toBe('crisistafel-bench');
    expect(results.quick).toBe(true);
    expect(results.machine.node).toBe(process.version);
    expect(results.machine.cores).toBeGreaterThan(0);
    // Every figure in the JSON is a row of the printed table.
    for (const f of results.figures) expect(run.stdout).toContain(f.label);
  });

  it('measures each bundled scenario in the engine, loader and playtest sections', () => {
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    const scenarios = ['airport-drones', 'festival-livestream', 'intro-market-square', 'station-attack'];
    const ids = new Set(results.figures.map((f) => f.id));
    for (const s of scenarios) {
      for (const id of [`engine.applyCommand.p99.${s}`, `engine.applyCommand.sequence.${s}`, `engine.views.role.${s}`, `loader.${s}`, `playtest.one.${s}`, `playtest.all.${s}`]) {
        expect(ids, id).toContain(id);
      }
    }
    const measured = results.figures.filter((f) => f.section !== 'browser');
    for (const f of measured) expect(Number.isFinite(f.value) && (f.value ?? 0) > 0, `${f.id} = ${f.value}`).toBe(true);
    expect(results.figures.find((f) => f.id === 'browser.skipped')?.note).toMatch(/--quick/);
  });

  it('relates each figure to its baseline and its budget as the table says', () => {
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    const sequence = results.figures.find((f) => f.id === 'engine.applyCommand.sequence.station-attack');
    expect(sequence?.baseline?.label).toMatch(/^bare XState, \d+ transitions$/);
    for (const f of results.figures) {
      if (f.baseline && f.value !== null) expect(f.ratio).toBeCloseTo(f.value / f.baseline.value, 6);
      if (f.budget && f.value !== null) expect(f.status).toBe(within(BUDGETS[f.budget], f.value) ? 'within' : 'over');
    }
    expect(results.figures.some((f) => f.budget === 'applyCommandP99')).toBe(true);
    expect(results.figures.some((f) => f.budget === 'playthroughs')).toBe(true);
  });

  it('reports how each scale figure grows between sizes', () => {
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    expect(results.series.map((s) => s.dimension)).toEqual(['injects', 'roles', 'commands']);
    for (const s of results.series) {
      expect(s.figures.length).toBeGreaterThan(0);
      for (const f of s.figures) {
        expect(f.values).toHaveLength(s.sizes.length);
        expect(f.growth).toHaveLength(s.sizes.length - 1);
        expect(f.verdict).not.toBe('');
      }
    }
  });
});
