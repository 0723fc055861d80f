// 5. Scale: how the figures grow with the scenario (injects, roles) and with the log, reported as the
// exponent k in time ∝ size^k between sizes, so a quadratic cost shows up long before a classroom hits it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyCommand, debriefView, loadScenario, replay, roleView, scenarioHash, trainerView } from '../../src/engine/index.js';
import { makeBundle, readBundle } from '../../src/engine/session/bundle.js';
import { dropSnapshots } from '../../src/engine/session/snapshots.js';
import type { SessionRecord } from '../../src/engine/session/replay.js';
import type { ExerciseState } from '../../src/engine/session/types.js';
import { timeApply } from '../engine/engine-bench.js';
import { botSequence, finalState, prefix, type Sequence } from '../engine/sequences.js';
import type { BenchOptions } from '../lib/options.js';
import { verdict, type Report, type SeriesFigure } from '../lib/report.js';
import { fittedExponent, growthExponent, median, medianMs, now } from '../lib/stats.js';
import { generateScenario, scenarioText, type Shape } from './generate.js';

interface Measured {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly expected: 0 | 1;
  readonly value: number;
}

function toFigures(sizes: readonly number[], perSize: readonly (readonly Measured[])[]): SeriesFigure[] {
  const first = perSize[0] ?? [];
  return first.map((m, f) => {
    const values = perSize.map((row) => row[f]?.value ?? 0);
    const growth = sizes.slice(1).map((n, i) => growthExponent(sizes[i] as number, values[i] as number, n, values[i + 1] as number));
    return { id: m.id, label: m.label, unit: m.unit, values, growth, fitted: fittedExponent(sizes, values), expected: m.expected, verdict: verdict(growth, m.expected) };
  });
}

/** The figures that grow with a scenario's size, on a generated scenario of that shape. */
function scenarioFigures(shape: Shape, opts: BenchOptions): Measured[] {
  const text = scenarioText(generateScenario(shape));
  const repeat = { min: opts.quick ? 1 : 3, max: 50, ms: opts.loopMs / 2 };
  const loaded = loadScenario(text, 'generated.json');
  if (!loaded.ok) throw new Error(`generated scenario ${JSON.stringify(shape)} does not load: ${loaded.errors[0]?.message ?? ''}`);
  const load = medianMs(() => loadScenario(text, 'generated.json'), repeat);
  const scenario = loaded.scenario;
  const hash = scenarioHash(scenario);
  const doctrine = botSequence('generated', scenario, 'doctrine', opts.seed, hash);
  const random = botSequence('generated', scenario, 'random', opts.seed, hash);
  const apply = timeApply([doctrine, random], { ...opts, loopMs: opts.loopMs / 2 }, 1);
  const play = medianMs(() => botSequence('generated', scenario, 'doctrine', opts.seed, hash), repeat);
  const end = finalState(random);
  const trainer = medianMs(() => trainerView(scenario, { ...end }), repeat);
  const roles = medianMs(() => scenario.roles.forEach((r) => roleView(scenario, end, r.id)), repeat);
  return [
    { id: 'load', label: 'load + validate', unit: 'ms', expected: 1, value: load },
    { id: 'applyCommand', label: 'applyCommand median', unit: 'ms', expected: 1, value: median(apply.perCommand) },
    { id: 'playthrough', label: 'doctrine playthrough', unit: 'ms', expected: 1, value: play },
    { id: 'trainerView', label: 'trainerView at the end', unit: 'ms', expected: 1, value: trainer },
    { id: 'roleViews', label: 'roleView for every role', unit: 'ms', expected: 1, value: roles },
  ];
}

/**
 * One replay of the log in a fresh Node process (cold-replay.ts): the engine's code has not run yet, so the figure
 * includes the JavaScript engine compiling and optimising it, as when a saved session is opened in a new window.
 */
function coldReplayMs(seq: Sequence, record: SessionRecord): number | null {
  if (seq.text === undefined) return null;
  const dir = mkdtempSync(join(tmpdir(), 'crisistafel-cold-'));
  try {
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify({ text: seq.text, record }));
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cold-replay.ts', import.meta.url)), file], { encoding: 'utf8', timeout: 600_000 });
    if (run.status !== 0) throw new Error(`the cold replay of ${seq.log.length} commands failed: ${run.stderr.slice(0, 500)}`);
    return (JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number }).ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures that grow with the log: replaying it, reading it back, and the next command after it. */
function logFigures(long: Sequence, n: number, opts: BenchOptions): Measured[] {
  const seq = prefix(long, n);
  const record = { scenarioHash: seq.hash, seed: seq.seed, settings: seq.settings, log: seq.log };
  // The replay: the median of five runs (two at 100,000 commands, seconds each), in this process, whose engine has
  // run before. A log's first replay in a process costs more (the code is optimised while it runs, the heap grows
  // to fit): that is the cold figure below, measured on its own.
  const replayRuns = { min: opts.quick ? 1 : n > 10_000 ? 2 : 5, max: 50, ms: opts.loopMs / 2 };
  const replayMs = medianMs(() => {
    dropSnapshots(seq.scenario);
    replay(seq.scenario, record);
  }, replayRuns);
  const coldMs = coldReplayMs(seq, record);
  // The longest logs take seconds per run: two runs each are enough to see a growth of 10× or 100×.
  const repeat = { min: opts.quick ? 1 : 2, max: 50, ms: opts.loopMs / 2 };
  const state = finalState(seq);
  const text = JSON.stringify(makeBundle(seq.scenario, state));
  const loadMs = medianMs(() => {
    if (!readBundle(JSON.parse(text), seq.scenario).ok) throw new Error('a saved bundle does not load again');
  }, repeat);
  // The next commands after n: what one more click costs late in a long exercise.
  const next = long.commands.slice(n, n + (opts.quick ? 10 : 40));
  const perCommand: number[] = [];
  const started = now();
  do {
    let s: ExerciseState = state;
    for (const command of next) {
      const t0 = now();
      const r = applyCommand(seq.scenario, s, command);
      perCommand.push(now() - t0);
      if (!r.ok) throw new Error(`command ${s.log.length + 1} of the long log is refused (${r.refusal.code})`);
      s = r.state;
    }
  } while (now() - started < opts.loopMs / 4);
  // A fresh state object each time: the score is kept per state (views/common.ts), and a host meets every
  // state once, after the command that made it, so the figure includes making the score.
  const trainer = medianMs(() => trainerView(seq.scenario, { ...state }), repeat);
  const debrief = medianMs(() => debriefView(seq.scenario, { ...state }, 'trainer'), repeat);
  return [
    { id: 'replay', label: 'replay the log (median of repeated runs)', unit: 'ms', expected: 1, value: replayMs },
    { id: 'replayCold', label: '… the first replay in a fresh process', unit: 'ms', expected: 1, value: coldMs ?? 0 },
    { id: 'load', label: 'load a saved session', unit: 'ms', expected: 1, value: loadMs },
    { id: 'nextCommand', label: 'applyCommand after it (median)', unit: 'ms', expected: 0, value: median(perCommand) },
    { id: 'trainerView', label: 'trainerView after it', unit: 'ms', expected: 1, value: trainer },
    { id: 'debriefView', label: 'debriefView after it', unit: 'ms', expected: 1, value: debrief },
  ];
}

export const LOG_SIZES = { full: [100, 1000, 10_000], long: [100, 1000, 10_000, 100_000], quick: [20, 60] } as const;
/** Commands past the longest size, so "the next command after it" has commands to apply. */
export const LOG_MARGIN = 50;

export function scaleSection(report: Report, long: Sequence, opts: BenchOptions, logs: readonly number[]): void {
  const injects = opts.quick ? [10, 30] : [10, 100, 1000];
  const roles = opts.quick ? [3, 6] : [3, 10, 30];
  report.addSeries({
    id: 'scale.injects',
    dimension: 'injects',
    sizes: injects,
    figures: toFigures(injects, injects.map((n) => scenarioFigures({ injects: n, roles: 6 }, opts))),
  });
  const fixedInjects = opts.quick ? 20 : 100;
  report.addSeries({
    id: 'scale.roles',
    dimension: 'roles',
    sizes: roles,
    figures: toFigures(roles, roles.map((n) => scenarioFigures({ injects: fixedInjects, roles: n }, opts))),
  });
  report.addSeries({ id: 'scale.log', dimension: 'commands', sizes: logs, figures: toFigures(logs, logs.map((n) => logFigures(long, n, opts))) });
}
