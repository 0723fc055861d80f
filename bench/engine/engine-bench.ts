// 1. Engine: applyCommand per command on each bundled scenario against bare XState transitions of the
// same sequence; replay of a 1,000-command log; save → load of a session; views per second.
import { applyCommand, debriefView, publicView, replay, replaySteps, roleView, trainerView } from '../../src/engine/index.js';
import type { BotPolicy } from '../../src/engine/bots/index.js';
import { makeBundle, readBundle } from '../../src/engine/session/bundle.js';
import { dropSnapshots, SNAPSHOT_EVERY } from '../../src/engine/session/snapshots.js';
import type { ExerciseState } from '../../src/engine/session/types.js';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import { largest, type Bundled } from '../lib/scenarios.js';
import { median, medianMs, now, percentile, sum } from '../lib/stats.js';
import { botSequence, finalState, startOf, type Sequence } from './sequences.js';
import { recordScript, runBare } from './xstate-baseline.js';

export interface ApplyTimes {
  /** Milliseconds of every applyCommand call, over every pass. */
  readonly perCommand: number[];
  /** Milliseconds of each whole pass over all sequences. */
  readonly perPass: number[];
}

/** Apply each sequence from its start, command by command, timing each call; repeat for `loopMs`. */
export function timeApply(seqs: readonly Sequence[], opts: BenchOptions, minPasses = 3): ApplyTimes {
  const perCommand: number[] = [];
  const perPass: number[] = [];
  const started = now();
  while (perPass.length < (opts.quick ? 1 : minPasses) || (perPass.length < 60 && now() - started < opts.loopMs * 2)) {
    let pass = 0;
    for (const seq of seqs) {
      let s = startOf(seq);
      for (const command of seq.commands) {
        const t0 = now();
        const r = applyCommand(seq.scenario, s, command);
        const dt = now() - t0;
        if (!r.ok) throw new Error(`${seq.name}: a logged command was refused (${r.refusal.code})`);
        s = r.state;
        perCommand.push(dt);
        pass += dt;
      }
    }
    perPass.push(pass);
  }
  return { perCommand, perPass };
}

export interface ViewRates {
  readonly role: number;
  readonly trainer: number;
  readonly public: number;
  readonly debrief: number;
}

/** Views per second on states spread over the sequence (early, middle and late in the exercise). */
export function viewRates(seq: Sequence, opts: BenchOptions): ViewRates {
  const steps = replaySteps(seq.scenario, { scenarioHash: seq.hash, seed: seq.seed, settings: seq.settings, log: seq.log });
  const count = Math.min(steps.length, opts.quick ? 2 : 8);
  const states: ExerciseState[] = Array.from({ length: count }, (_, i) => steps[Math.round(((steps.length - 1) * (i + 1)) / count)] as ExerciseState);
  const roles = seq.scenario.roles.map((r) => r.id);
  const rate = (fn: (s: ExerciseState) => number): number => {
    let views = 0;
    const t0 = now();
    do for (const s of states) views += fn(s);
    while (now() - t0 < opts.loopMs / 4);
    return views / ((now() - t0) / 1000);
  };
  return {
    role: rate((s) => {
      for (const r of roles) roleView(seq.scenario, s, r);
      return roles.length;
    }),
    // A fresh state object each time, so the trainer's and the debrief's views make their score as a host
    // does for every new state (the score is kept per state object).
    trainer: rate((s) => (trainerView(seq.scenario, { ...s }), 1)),
    public: rate((s) => (publicView(seq.scenario, s), 1)),
    debrief: rate((s) => (debriefView(seq.scenario, { ...s }, 'room'), 1)),
  };
}

const POLICIES: readonly BotPolicy[] = ['doctrine', 'random', 'poor'];

export function engineSection(report: Report, bundled: readonly Bundled[], long1000: Sequence, opts: BenchOptions): void {
  const big = largest(bundled);
  for (const b of bundled) {
    const policies = opts.quick ? POLICIES.slice(0, 1) : POLICIES;
    const seqs = policies.map((p) => botSequence(`${b.name} (${p})`, b.scenario, p, opts.seed, b.hash));
    const commands = sum(seqs.map((s) => s.commands.length));
    const times = timeApply(seqs, opts);
    const scripts = seqs.map(recordScript);
    const transitions = sum(scripts.map((s) => s.transitions.length));
    const bare = medianMs(() => scripts.forEach(runBare), { min: opts.quick ? 1 : 5, max: 500, ms: opts.loopMs });
    const tag = b.name === big.name ? ' (largest)' : '';
    report.add('engine', { id: `engine.applyCommand.median.${b.name}`, label: `applyCommand median, ${b.name}`, value: median(times.perCommand), unit: 'ms' });
    report.add('engine', {
      id: `engine.applyCommand.p99.${b.name}`,
      label: `applyCommand p99, ${b.name}${tag}`,
      value: percentile(times.perCommand, 99),
      unit: 'ms',
      budget: 'applyCommandP99',
    });
    report.add('engine', {
      id: `engine.applyCommand.sequence.${b.name}`,
      label: `${commands} bot commands (${policies.join(', ')}), ${b.name}`,
      value: median(times.perPass),
      unit: 'ms',
      baseline: { label: `bare XState, ${transitions} transitions`, value: bare, unit: 'ms' },
      note: 'ratio = engine / bare XState transition() for the same machine transitions',
    });
  }

  // Replay and save → load on the long log (the largest scenario with its clock stretched).
  const script = recordScript(long1000);
  const record = { scenarioHash: long1000.hash, seed: long1000.seed, settings: long1000.settings, log: long1000.log };
  const repeat = { min: opts.quick ? 1 : 7, max: 100, ms: opts.loopMs };
  // From the start: the snapshots an earlier run kept are dropped first (the run keeps them again, as a
  // real replay does, so their cost is in the figure).
  const replayMs = medianMs(() => {
    dropSnapshots(long1000.scenario);
    replay(long1000.scenario, record);
  }, repeat);
  const bareMs = medianMs(() => runBare(script), repeat);
  report.add('engine', {
    id: 'engine.replay.1000',
    label: `replay of a ${long1000.log.length.toLocaleString('en-US')}-command log, ${long1000.name}`,
    value: replayMs,
    unit: 'ms',
    baseline: { label: `bare XState, ${script.transitions.length} transitions`, value: bareMs, unit: 'ms' },
    budget: long1000.log.length === 1000 ? 'replay1000' : undefined,
  });

  // A jump to a step (debrief scrubber, fork from here, resume at a step) once the session has its
  // snapshots: replay from the nearest one, at most SNAPSHOT_EVERY commands, wherever the step is.
  replay(long1000.scenario, record);
  const targets = [0.13, 0.38, 0.62, 0.87, 0.99].map((f) => Math.round(f * long1000.log.length));
  const jumpMs = medianMs(() => targets.forEach((t) => replay(long1000.scenario, record, t)), repeat) / targets.length;
  report.add('engine', {
    id: 'engine.replay.jump',
    label: `jump to a step of that log (from the nearest snapshot, one every ${SNAPSHOT_EVERY} commands)`,
    value: jumpMs,
    unit: 'ms',
    baseline: { label: 'replay from the start', value: replayMs, unit: 'ms' },
  });

  const end = finalState(long1000);
  const bundle = makeBundle(long1000.scenario, end);
  let text = '';
  const saveMs = medianMs(() => (text = JSON.stringify(bundle)), repeat);
  const parseMs = medianMs(() => JSON.parse(text), repeat);
  const loadMs = medianMs(() => {
    const read = readBundle(JSON.parse(text), long1000.scenario);
    if (!read.ok) throw new Error(`the saved bundle does not load again (${read.code})`);
  }, repeat);
  const kb = Buffer.byteLength(text) / 1024;
  report.add('engine', { id: 'engine.save', label: `save that session (bundle of the log and scenario, ${Math.round(kb)} KB)`, value: saveMs, unit: 'ms' });
  report.add('engine', {
    id: 'engine.load',
    label: 'load it again (validate, check the scenario hash, replay)',
    value: loadMs,
    unit: 'ms',
    baseline: { label: 'JSON.parse', value: parseMs, unit: 'ms' },
  });

  // Views on states early, midway and late in each scenario's doctrine playthrough.
  for (const b of bundled) {
    const rates = viewRates(botSequence(b.name, b.scenario, 'doctrine', opts.seed, b.hash), opts);
    const views = b.name;
    report.add('engine', { id: `engine.views.role.${b.name}`, label: `roleView per second, ${views}`, value: rates.role, unit: '/s' });
    report.add('engine', { id: `engine.views.trainer.${b.name}`, label: `trainerView per second, ${views}`, value: rates.trainer, unit: '/s' });
    report.add('engine', { id: `engine.views.public.${b.name}`, label: `publicView per second, ${views}`, value: rates.public, unit: '/s' });
    report.add('engine', { id: `engine.views.debrief.${b.name}`, label: `debriefView per second, ${views}`, value: rates.debrief, unit: '/s' });
  }
}
