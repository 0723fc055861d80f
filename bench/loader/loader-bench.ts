// 2. Loader: load and validate each bundled scenario and a generated 1 MB one, against a plain
// JSON.parse of the same text (the part no validator can avoid).
import { loadScenario } from '../../src/engine/index.js';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import type { Bundled } from '../lib/scenarios.js';
import { medianMs } from '../lib/stats.js';
import { scenarioOfSize } from '../scale/generate.js';

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
