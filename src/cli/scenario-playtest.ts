// `npm run scenario:playtest -- <file> --runs N --seed S [--bots random,doctrine,poor] [--threads N] [--json] [--lang nl|en]`:
// N seeded bot playthroughs per policy, and a report of what they covered, how they scored, how long they
// ran and which seeds reach the rare states (replay one with `npm run simulate -- <file> --seed <seed> --bots <bot>`).
// The report on stdout is the same for the same arguments, however many cores ran it; timings go to stderr.
// Exit code 1 when a scored criterion is never met, an inject or decision is never reached, or a validity rule
// (playtest/validity.ts: the adversarial bots against doctrine) is broken in the runs.
import { languageOf, splitArgs } from './args.js';
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BOT_POLICIES, type BotPolicy } from '../engine/bots/index.js';
import { buildReport, playtestJobs, RATINGS, RESULTS, summarizePlaythrough, type CoverageRow, type PlaytestReport, type RunRef, type RunSummary } from '../engine/playtest/index.js';
import { scenarioHash } from '../engine/scenario/hash.js';
import { loadScenario, MAX_SCENARIO_CHARS } from '../engine/scenario/loader.js';
import type { Scenario } from '../engine/scenario/schema.js';
import { t, tDynamic, type Language } from '../i18n/index.js';
import type { PlaytestBatch, WorkerReply } from './scenario-playtest-worker.js';
import { runIfEntry } from './entry.js';

class Failure {
  constructor(readonly lines: readonly string[]) {}
}
const fail = (...lines: string[]): never => {
  throw new Failure(lines);
};

interface Options {
  readonly file: string;
  readonly runs: number;
  readonly seed: string;
  readonly policies: readonly BotPolicy[];
  /** Threads to play on (the main thread and n - 1 workers); null: all cores when the work is worth it. */
  readonly workers: number | null;
  readonly json: boolean;
  readonly lang: Language;
}

const VALUED = ['--runs', '--seed', '--bots', '--threads', '--lang'];

function parseArguments(args: readonly string[]): Options {
  const lang = languageOf(args);
  const usage = t(lang, 'playtest.usage');
  const { positional: files, values, flags } = splitArgs(args, { valued: VALUED, flags: ['--json'] }, (problem, option) =>
    fail(t(lang, problem === 'unknown' ? 'playtest.unknownOption' : 'playtest.missingValue', { option }), usage),
  );
  const json = flags.has('--json');
  if (files.length !== 1) fail(usage);
  const whole = (name: string, fallback: number, max: number): number => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= 1 && n <= max ? n : fail(t(lang, 'playtest.badNumber', { option: name, value: raw, max }));
  };
  const policies = (values['--bots'] ?? BOT_POLICIES.join(',')).split(',').map((p) => p.trim());
  for (const p of policies) if (!(BOT_POLICIES as readonly string[]).includes(p)) fail(t(lang, 'playtest.badPolicy', { policy: p }));
  return {
    file: files[0] as string,
    runs: whole('--runs', 20, 100_000),
    seed: values['--seed'] ?? '1',
    policies: BOT_POLICIES.filter((p) => policies.includes(p)),
    workers: values['--threads'] === undefined ? null : whole('--threads', 1, 256),
    json,
    lang,
  };
}

function loadScenarioFile(file: string, lang: Language): Scenario {
  let text: string;
  try {
    if (statSync(file).isDirectory()) fail(t(lang, 'loader.isDirectory', { file }));
    if (statSync(file).size > 3 * MAX_SCENARIO_CHARS) fail(t(lang, 'loader.cannotRead', { file, reason: 'too large' }));
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Failure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? t(lang, 'loader.notFound', { file }) : t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) }));
  }
  const loaded = loadScenario(text, file);
  if (loaded.ok) return loaded.scenario;
  return fail(
    t(lang, 'playtest.scenarioInvalid', { file }),
    ...loaded.errors.flatMap((e) => {
      const head = `${e.file}:${e.line}:${e.column}  ${e.path || t(lang, 'loader.wholeFile')}  ${e.message}`;
      return e.hint ? [head, `    ${e.hint}`] : [head];
    }),
  );
}

// ---------------------------------------------------------------- running

/** Worth the start-up of worker threads (about a second each to load the engine) only for a few seconds of work. */
const PARALLEL_FROM_MS = 2000;
const BATCH = 4;

function workerUrl(): URL {
  // Worker threads do not inherit tsx's loader on Node 20: a tiny module registers it, then loads the worker.
  const target = new URL('./scenario-playtest-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * Play the jobs from `from` on: the main thread keeps playing while `extra` worker threads start (each takes
 * about a second to load the engine) and then take batches from the same queue. Results land at their job's
 * index, so the report does not depend on who played what.
 */
async function playShared(scenario: Scenario, hash: string, jobs: readonly RunRef[], from: number, results: RunSummary[], extra: number): Promise<void> {
  let next = from;
  let failure: unknown = null;
  const workers = Array.from({ length: extra }, () => new Worker(workerUrl(), { workerData: { scenario, hash } }));
  const pending = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        const send = () => {
          if (next >= jobs.length || failure !== null) {
            resolve();
            return;
          }
          const batch: PlaytestBatch = { start: next, jobs: jobs.slice(next, next + BATCH) };
          next += batch.jobs.length;
          worker.postMessage(batch);
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'failed') {
            failure ??= new Error(reply.message);
            resolve();
            return;
          }
          reply.results.forEach((r, i) => (results[reply.start + i] = r));
          send();
        });
        worker.on('error', (error) => {
          failure ??= error;
          resolve();
        });
        worker.on('online', send);
      }),
  );
  try {
    while (next < jobs.length && failure === null) {
      const index = next++;
      const job = jobs[index] as RunRef;
      results[index] = summarizePlaythrough(scenario, job.policy, job.seed, hash);
      // Let the workers' replies in between two runs.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== null) throw failure;
}

async function play(scenario: Scenario, options: Options): Promise<{ runs: RunSummary[]; threads: number; seconds: number }> {
  const started = performance.now();
  const hash = scenarioHash(scenario);
  const jobs = playtestJobs(options.seed, options.runs, options.policies);
  const results: RunSummary[] = new Array(jobs.length);
  // The first runs are played before deciding on threads: they are needed anyway, and the second one's
  // time (the first pays for warming up) tells whether more cores would pay off.
  let played = 0;
  let perRun = 0;
  for (; played < Math.min(2, jobs.length); played++) {
    const job = jobs[played] as RunRef;
    const t0 = performance.now();
    results[played] = summarizePlaythrough(scenario, job.policy, job.seed, hash);
    perRun = performance.now() - t0;
  }
  const estimate = perRun * (jobs.length - played);
  const cores = availableParallelism();
  // The main thread plays too, so n threads means n - 1 workers beside it.
  const threads = options.workers ?? (cores > 1 && estimate > PARALLEL_FROM_MS ? cores : 1);
  await playShared(scenario, hash, jobs, played, results, Math.max(0, Math.min(threads - 1, jobs.length - played)));
  return { runs: results, threads, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------- the report in words

function table(rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    `  ${row
      .map((cell, i) => (i === row.length - 1 ? cell : rightAligned.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')}`.trimEnd(),
  );
}

function perPolicy(row: CoverageRow, report: PlaytestReport): string {
  const width = String(report.runsPerPolicy).length;
  return report.policies.map((p) => String(row.byPolicy[p] ?? 0).padStart(width)).join(' / ');
}

function seedsOf(refs: readonly RunRef[]): string {
  return refs.map((r) => `${r.policy} ${r.seed}`).join(', ');
}

function coverageLines(rows: readonly CoverageRow[], report: PlaytestReport, lang: Language, note: (row: CoverageRow) => string = () => ''): string[] {
  return table(
    rows.map((row) => {
      const remark =
        note(row) ||
        (row.runs === 0 ? t(lang, 'playtest.notReached', { total: report.totalRuns }) : row.seeds.length > 0 ? t(lang, 'playtest.rareSeeds', { seeds: seedsOf(row.seeds) }) : '');
      return [row.id, String(row.runs), perPolicy(row, report), remark];
    }),
    [1],
  );
}

/** The validity table (policy × objective: rating counts) and the rules it was checked against (DOMAIN.md §7). */
function validityLines(report: PlaytestReport, lang: Language): string[] {
  const objectives = report.objectives.map((o) => o.objective);
  const rows = [['', ...objectives], ...report.policies.map((p) => [p, ...report.objectives.map((o) => RATINGS.map((r) => String(o.byPolicy[p]?.[r] ?? 0)).join(' / '))])];
  const checked = report.validity.checked;
  return [
    t(lang, 'playtest.section.validity'),
    ...table(rows),
    checked.length > 0 ? t(lang, 'playtest.validity.checked', { rules: checked.join(', ') }) : t(lang, 'playtest.validity.none'),
  ];
}

function renderReport(report: PlaytestReport, file: string, lang: Language): string {
  const policies = report.policies.join(' / ');
  const out: string[] = [
    t(lang, 'playtest.header', { scenario: report.scenario.id, version: report.scenario.version, runs: report.runsPerPolicy, policies: report.policies.join(', '), total: report.totalRuns, seed: report.seed }),
    t(lang, 'playtest.replay', { file }),
    '',
    t(lang, 'playtest.section.injects', { total: report.totalRuns, policies }),
    ...coverageLines(report.injects, report, lang, (row) => (report.injects.find((i) => i.id === row.id)?.trainerOnly && row.runs === 0 ? t(lang, 'playtest.trainerOnly') : '')),
    '',
    t(lang, 'playtest.section.decisions', { total: report.totalRuns, policies }),
    ...coverageLines(report.decisions, report, lang, (row) => (report.decisions.find((d) => d.id === row.id)?.trainerOnly && row.runs === 0 ? t(lang, 'playtest.trainerOnlyDecision') : '')),
    '',
    t(lang, 'playtest.section.options', { total: report.totalRuns, policies }),
    ...table(
      report.options.map((o) => [
        o.id,
        String(o.runs),
        perPolicy(o, report),
        [o.byDefault > 0 ? t(lang, 'playtest.byDefault', { count: o.byDefault }) : '', o.runs === 0 ? t(lang, 'playtest.neverChosen') : o.seeds.length > 0 ? t(lang, 'playtest.rareSeeds', { seeds: seedsOf(o.seeds) }) : '']
          .filter(Boolean)
          .join('; '),
      ]),
      [1],
    ),
    '',
    t(lang, 'playtest.section.states', { total: report.totalRuns, policies }),
    ...coverageLines(report.states, report, lang),
  ];
  if (report.statesNotReached.length > 0) out.push('', t(lang, 'playtest.section.statesNotReached'), `  ${report.statesNotReached.join(', ')}`);
  out.push('', t(lang, 'playtest.section.endings', { total: report.totalRuns, policies }), ...coverageLines(report.endings, report, lang));

  out.push('', t(lang, 'playtest.section.objectives', { ratings: RATINGS.map((r) => tDynamic(lang, `playtest.rating.${r}`)).join(' / ') }));
  out.push(...table(report.objectives.flatMap((o) => report.policies.map((p) => [o.objective, p, RATINGS.map((r) => String(o.byPolicy[p]?.[r] ?? 0)).join(' / ')]))));
  out.push('', t(lang, 'playtest.section.criteria', { results: RESULTS.map((r) => tDynamic(lang, `result.${r}`)).join(' / ') }));
  out.push(
    ...table(
      report.criteria.flatMap((c) =>
        report.policies.map((p) => [`${c.criterion} [${c.index}]`, c.objective, p, RESULTS.map((r) => String(c.byPolicy[p]?.[r] ?? 0)).join(' / ')]),
      ),
    ),
  );
  out.push('', ...validityLines(report, lang));
  out.push('', t(lang, 'playtest.section.length'));
  out.push(
    ...table(
      report.policies.map((p) => {
        const l = report.length[p];
        const s = (x: { min: number; median: number; max: number } | undefined) => (x ? `${x.min} / ${x.median} / ${x.max}` : '-');
        return [p, t(lang, 'playtest.lengthLine', { rounds: s(l?.rounds), minutes: s(l?.minutes), commands: s(l?.commands) })];
      }),
    ),
  );

  out.push('');
  if (report.problems.length === 0) out.push(t(lang, 'playtest.ok', { total: report.totalRuns }));
  else {
    out.push(t(lang, 'playtest.section.problems', { count: report.problems.length }));
    for (const p of report.problems) {
      if (p.kind === 'criterion-never-met') out.push(`  ${t(lang, 'playtest.problem.criterion', { criterion: p.criterion, index: p.index, total: report.totalRuns })}`);
      else if (p.kind === 'validity') out.push(`  ${t(lang, 'playtest.problem.validity', { rule: p.rule, policy: p.policy, seed: p.seed, subject: p.subject, found: p.found })}`);
      else if (p.kind === 'inject-not-reached') out.push(`  ${t(lang, 'playtest.problem.inject', { id: p.id, total: report.totalRuns })}`);
      else out.push(`  ${t(lang, 'playtest.problem.decision', { id: p.id, total: report.totalRuns })}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export async function main(args: readonly string[]): Promise<number> {
  try {
    const options = parseArguments(args);
    const { lang } = options;
    const scenario = loadScenarioFile(options.file, lang);
    const played = await play(scenario, options);
    const report = buildReport(scenario, played.runs, { seed: options.seed, policies: options.policies, runsPerPolicy: options.runs });
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, options.file, lang));
    const rate = played.runs.length / Math.max(played.seconds, 1e-9);
    process.stderr.write(
      `${t(lang, 'playtest.timing', { runs: played.runs.length, seconds: played.seconds.toFixed(2), rate: rate.toFixed(1), threads: played.threads })}\n`,
    );
    return report.problems.length === 0 ? 0 : 1;
  } catch (error) {
    const lines = error instanceof Failure ? error.lines : [String(error instanceof Error ? error.message : error)];
    process.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
}

runIfEntry(import.meta.url, main);
