// 2. Loader: load and validate each bundled scenario and a generated 1 MB one, against a plain
// JSON.parse of the same text (the part no validator can avoid); then the hostile files of issue 12, each
// of which must be answered with its problems, within a budget that grows with its size.
import { loadScenario } from '../../src/engine/index.js';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import type { Bundled } from '../lib/scenarios.js';
import { median, medianMs, timeRuns } from '../lib/stats.js';
import { scenarioOfSize } from '../scale/generate.js';
import { hostileFiles } from './hostile.js';

/** Median milliseconds to load + validate the text, and to JSON.parse it. */
export function loadTimes(text: string, file: string, opts: BenchOptions): { load: number; parse: number } {
  const repeat = { min: opts.quick ? 1 : 7, max: 200, ms: opts.loopMs };
  // The first loads warm the validator up; a user opening a second file gets the warm figure.
  const first = loadScenario(text, file);
  if (!first.ok) throw new Error(`${file} does not load: ${first.errors[0]?.message ?? ''}`);
  return { load: medianMs(() => loadScenario(text, file), repeat), parse: medianMs(() => JSON.parse(text), repeat) };
}

export function loaderSection(report: Report, bundled: readonly Bundled[], opts: BenchOptions): void {
  for (const b of bundled) {
    const t = loadTimes(b.text, `${b.name}.json`, opts);
    report.add('loader', {
      id: `loader.${b.name}`,
      label: `load + validate ${b.name} (${Math.round(Buffer.byteLength(b.text) / 1024)} KB)`,
      value: t.load,
      unit: 'ms',
      baseline: { label: 'JSON.parse', value: t.parse, unit: 'ms' },
    });
  }
  const bytes = opts.quick ? 64 * 1024 : 1024 * 1024;
  const big = scenarioOfSize(bytes);
  const t = loadTimes(big.text, 'generated.json', opts);
  report.add('loader', {
    id: opts.quick ? 'loader.generated' : 'loader.generated-1MB',
    label: `load + validate a generated ${opts.quick ? '64 KB' : '1 MB'} scenario (${big.injects} injects)`,
    value: t.load,
    unit: 'ms',
    baseline: { label: 'JSON.parse', value: t.parse, unit: 'ms' },
    budget: opts.quick ? undefined : 'load1MB',
  });
}

/** The hostile files, built on the smallest bundled scenario: milliseconds until the loader answers with the file's problems. */
export function hostileSection(report: Report, bundled: readonly Bundled[], opts: BenchOptions): void {
  const base = [...bundled].sort((a, b) => a.text.length - b.text.length)[0];
  if (!base) return;
  for (const file of hostileFiles(JSON.parse(base.text) as Record<string, unknown>, opts.quick)) {
    const first = loadScenario(file.text, 'hostile.json');
    // A hostile file that loads, or is answered with an internal error, is a broken bench, not a figure.
    if (first.ok || first.errors.some((e) => e.code === 'internal-error')) throw new Error(`${file.label}: expected its problems, got ${first.ok ? 'a valid scenario' : first.errors[0]?.message}`);
    const repeat = { min: opts.quick ? 1 : 3, max: opts.quick ? 3 : 7, ms: opts.loopMs };
    const load = median(timeRuns(() => loadScenario(file.text, 'hostile.json'), repeat));
    const parse = medianMs(() => {
      try {
        JSON.parse(file.text);
      } catch {
        // the syntax-error file: JSON.parse's own refusal is the baseline
      }
    }, repeat);
    const megabyte = 1024 * 1024;
    report.add('loader', {
      id: `loader.hostile.${file.id}`,
      label: `hostile: ${file.label}, ${first.errors.length} error${first.errors.length === 1 ? '' : 's'} shown`,
      value: load,
      unit: 'ms',
      baseline: { label: 'JSON.parse', value: parse, unit: 'ms' },
      budget: opts.quick ? undefined : file.text.length <= megabyte ? 'hostile1MB' : 'hostile10MB',
    });
  }
}
