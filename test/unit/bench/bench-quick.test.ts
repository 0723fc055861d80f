// `npm run bench -- --quick`: the bench runs end to end on tiny inputs, prints every section's figures
// and writes the same figures as JSON. Nothing here looks at how fast anything was.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, within } from '../../../bench/lib/budgets.js';
import type { Figure, Series, Target } from '../../../bench/lib/report.js';

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
  readonly targets: readonly Target[];
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
    const measured = results.figures.filter((f) => f.section !== 'browser' && f.section !== 'classroom');
    for (const f of measured) expect(Number.isFinite(f.value) && (f.value ?? 0) > 0, `${f.id} = ${f.value}`).toBe(true);
    expect(results.figures.find((f) => f.id === 'browser.skipped')?.note).toMatch(/--quick/);
    // The classroom host under load starts a host process and hundreds of sockets: not in a quick run.
    expect(results.figures.find((f) => f.id === 'classroom.skipped')?.note).toMatch(/--quick/);
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
        expect(f.fitted === null || Number.isFinite(f.fitted)).toBe(true);
      }
    }
    expect(run.stdout).toContain('k fitted');
  });

  it('checks the targets of issue 19 against the run and prints each with its result', () => {
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    const ids = results.targets.map((t) => t.id);
    for (const id of ['replay1000', 'replay1000Bare', 'replay10000', 'replayLinear', 'trainerView10000', 'debriefView10000', 'playthroughs', 'classroomP99', 'classroomBytes', 'applyCommandFlat']) {
      expect(ids).toContain(id);
    }
    for (const t of results.targets) {
      expect(['pass', 'fail', 'not measured']).toContain(t.result);
      expect(run.stdout).toContain(t.label);
    }
    // A quick run measures playthroughs, but not the sizes the other targets name (1,000 and 10,000
    // commands, 100 → 1,000 injects) nor the classroom: those are reported as not measured, never as passed.
    expect(results.targets.find((t) => t.id === 'playthroughs')?.result).not.toBe('not measured');
    for (const id of ['replay1000', 'replay10000', 'classroomP99', 'applyCommandFlat']) expect(results.targets.find((t) => t.id === id)?.result).toBe('not measured');
    expect(run.stdout).toMatch(/Targets: \d+ pass, \d+ fail, \d+ not measured in this run\./);
  });
});
