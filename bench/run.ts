// `npm run bench [-- --quick] [-- --out file.json] [-- --no-browser] [-- --no-classroom] [-- --long] [-- --only loader]`:
// measures the engine, the loader, bot playtests, the production build in headless Chromium, how each grows
// with scale and the classroom host under load; prints one table, each figure beside its baseline from the
// same run and its budget (../shared/DESIGN.md "Budgets"), checks the targets of issue 19 against the run,
// and writes the same figures as JSON (bench-results.json by default, not committed).
// It asserts nothing about time: figures are for reading, and for comparing runs on one machine.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserSection } from './browser/browser-bench.js';
import { engineSection } from './engine/engine-bench.js';
import { longLog, prefix } from './engine/sequences.js';
import { BUDGETS } from './lib/budgets.js';
import { machineInfo } from './lib/machine.js';
import { benchOptions } from './lib/options.js';
import { renderReport, Report } from './lib/report.js';
import { bundledScenarios, largest, mustLoad, ROOT } from './lib/scenarios.js';
import { now } from './lib/stats.js';
import { hostileSection, loaderSection } from './loader/loader-bench.js';
import { playtestSection } from './playtest/playtest-bench.js';
import { classroomSection } from './classroom/classroom-bench.js';
import { checkTargets } from './lib/targets.js';
import { LOG_MARGIN, LOG_SIZES, scaleSection } from './scale/scale-bench.js';

const USAGE = 'usage: npm run bench [-- --quick] [--out <file.json>] [--no-browser] [--no-classroom] [--long] [--only engine|loader|playtest|browser|scale|classroom]';

const SECTIONS = ['engine', 'loader', 'playtest', 'browser', 'scale', 'classroom'] as const;
type SectionName = (typeof SECTIONS)[number];

interface Args {
  readonly quick: boolean;
  readonly out: string;
  readonly browser: boolean;
  readonly classroom: boolean;
  /** Extend the log series to 100,000 commands (making that log alone takes minutes on a 2-core machine). */
  readonly long: boolean;
  /** The one section to run (for measuring one part while working on it); all when undefined. */
  readonly only: SectionName | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let quick = false;
  let browser = true;
  let classroom = true;
  let long = false;
  let out = resolve(ROOT, 'bench-results.json');
  let only: SectionName | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--no-browser') browser = false;
    else if (arg === '--no-classroom') classroom = false;
    else if (arg === '--long') long = true;
    else if (arg === '--out' && argv[i + 1]) out = resolve(argv[++i] as string);
    else if (arg?.startsWith('--out=')) out = resolve(arg.slice('--out='.length));
    else if (arg === '--only' && SECTIONS.includes(argv[i + 1] as SectionName)) only = argv[++i] as SectionName;
    else throw new Error(`unknown argument ${String(arg)}\n${USAGE}`);
  }
  // The quick run is the test suite's smoke test: no build and no browser, which take longer than it may.
  return { quick, out, browser: browser && !quick && (only === undefined || only === 'browser'), classroom: classroom && (only === undefined || only === 'classroom'), long: long && !quick, only };
}

const startedAt = now();

function progress(text: string): void {
  process.stderr.write(`bench [${((now() - startedAt) / 1000).toFixed(0).padStart(3)} s]: ${text}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const opts = benchOptions(args.quick);
  const machine = machineInfo();
  const report = new Report();

  progress('loading the bundled scenarios');
  const bundled = bundledScenarios();
  const big = largest(bundled);
  const sizes = args.quick ? LOG_SIZES.quick : args.long ? LOG_SIZES.long : LOG_SIZES.full;
  const longest = sizes[sizes.length - 1] as number;
  const runs = (section: SectionName) => args.only === undefined || args.only === section;
  const needsLog = runs('engine') || runs('scale');
  if (needsLog) progress(`playing a ${longest.toLocaleString('en-US')}-command log on ${big.name}`);
  const long = needsLog ? longLog(`${big.name}, clock stretched`, JSON.parse(big.text) as Record<string, unknown>, (text) => mustLoad(text, `${big.name}.json`), longest + LOG_MARGIN, opts.seed) : undefined;

  if (runs('engine') && long) {
    progress('1/6 engine');
    engineSection(report, bundled, prefix(long, args.quick ? (sizes[0] as number) : 1000), opts);
  }
  if (runs('loader')) {
    progress('2/6 loader');
    loaderSection(report, bundled, opts);
    hostileSection(report, bundled, opts);
  }
  if (runs('playtest')) {
    progress('3/6 playtest');
    await playtestSection(report, bundled, opts);
  }
  if (args.browser) {
    progress('4/6 browser');
    machine.chromium = await browserSection(report, opts, progress);
  } else if (runs('browser')) {
    report.add('browser', { id: 'browser.skipped', label: 'browser figures', value: null, unit: '', note: args.quick ? 'skipped (--quick)' : 'skipped (--no-browser)' });
  }
  if (runs('scale') && long) {
    progress('5/6 scale');
    scaleSection(report, long, opts, sizes);
  }
  if (args.classroom) {
    progress('6/6 classroom');
    await classroomSection(report, bundled, opts, progress);
  }
  checkTargets(report);

  const seconds = (now() - startedAt) / 1000;
  const header = [
    `Crisistafel bench${args.quick ? ' (--quick: tiny inputs, figures mean nothing)' : ''}`,
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium ?? '—'}; load average ${machine.loadAverage} at start`,
  ];
  process.stdout.write(`${header.join('\n')}\n${renderReport(report)}Took ${seconds.toFixed(0)} s. Figures as JSON: ${args.out}\n`);
  const json = {
    format: 'crisistafel-bench',
    version: 1,
    quick: args.quick,
    date: new Date().toISOString(),
    seconds: Number(seconds.toFixed(1)),
    machine,
    budgets: BUDGETS,
    figures: report.figures,
    series: report.series,
    targets: report.targets,
  };
  writeFileSync(args.out, `${JSON.stringify(json, null, 2)}\n`);
  // A part that could not be measured is a broken bench, not a slow figure: say so in the exit code.
  if (report.figures.some((f) => f.note?.startsWith('failed'))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
