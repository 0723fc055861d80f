// 3. Playtest: whole seeded bot playthroughs per second per core on each bundled scenario, on one
// worker thread and on one worker per core at once (the random, doctrine and poor bots in turn).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import type { Bundled } from '../lib/scenarios.js';
import type { PlayRequest, WorkerMessage } from './worker.js';

function workerUrl(): URL {
  // Worker threads do not inherit tsx's loader on Node 20: a tiny module registers it, then loads the worker.
  const target = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

class PlayWorker {
  private readonly worker: Worker;
  private waiting: ((m: WorkerMessage) => void) | null = null;
  readonly ready: Promise<void>;

  constructor(scenarios: readonly Bundled[], warmUp: boolean) {
    this.worker = new Worker(workerUrl(), { workerData: { scenarios: scenarios.map((s) => ({ name: s.name, text: s.text })), warmUp } });
    this.worker.on('message', (m: WorkerMessage) => this.waiting?.(m));
    this.worker.on('error', (e) => this.waiting?.({ type: 'failed', message: String(e) }));
    this.ready = this.next().then(() => undefined);
  }

  private next(): Promise<WorkerMessage> {
    return new Promise((resolve, reject) => {
      this.waiting = (m) => {
        this.waiting = null;
        if (m.type === 'failed') reject(new Error(m.message));
        else resolve(m);
      };
    });
  }

  async play(request: PlayRequest): Promise<{ runs: number; ms: number }> {
    const reply = this.next();
    this.worker.postMessage(request);
    const m = await reply;
    if (m.type !== 'played') throw new Error('unexpected reply from a playtest worker');
    return { runs: m.runs, ms: m.ms };
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

const rate = (r: { runs: number; ms: number }) => r.runs / (r.ms / 1000);

export async function playtestSection(report: Report, bundled: readonly Bundled[], opts: BenchOptions): Promise<void> {
  const cores = availableParallelism();
  const workers = Array.from({ length: opts.quick ? Math.min(2, cores) : cores }, () => new PlayWorker(bundled, !opts.quick));
  try {
    await Promise.all(workers.map((w) => w.ready));
    const ms = opts.quick ? 50 : 1500;
    for (const b of bundled) {
      const [first] = workers as [PlayWorker];
      const one = rate(await first.play({ scenario: b.name, ms, seed: `${opts.seed}-one` }));
      const all = await Promise.all(workers.map((w, i) => w.play({ scenario: b.name, ms, seed: `${opts.seed}-all-${i}` })));
      const perCore = all.reduce((total, r) => total + rate(r), 0) / workers.length;
      report.add('playtest', { id: `playtest.one.${b.name}`, label: `playthroughs per second, one worker, ${b.name}`, value: one, unit: '/s', budget: 'playthroughs' });
      report.add('playtest', {
        id: `playtest.all.${b.name}`,
        label: `… per core with ${workers.length} workers at once, ${b.name}`,
        value: perCore,
        unit: '/s',
        baseline: { label: 'one worker', value: one, unit: '/s' },
        budget: 'playthroughs',
      });
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
