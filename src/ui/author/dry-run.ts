// The dry run: N seeded playthroughs per bot policy, played on this page in short slices with a pause
// between them, so the page keeps answering clicks and keys while the bots play. Each playthrough is
// the same one `npm run scenario:playtest` plays for that seed, so a run seen here can be replayed there.
import type { BotPolicy } from '../../engine/bots/index.js';
import type { RunRef, RunSummary } from '../../engine/playtest/index.js';
import type { Scenario } from '../../engine/scenario/schema.js';

export interface DryRunPlan {
  readonly seed: string;
  readonly runsPerPolicy: number;
  readonly policies: readonly BotPolicy[];
}

/** What the dry run needs from the engine chunk, passed in so the view's own chunk stays small. */
export interface DryRunEngine {
  jobs(seed: string, runs: number, policies: readonly BotPolicy[]): RunRef[];
  play(scenario: Scenario, policy: BotPolicy, seed: string): RunSummary;
}

export interface Slicer {
  /** Give the page its turn (input, painting) before the next slice. */
  pause(): Promise<void>;
  /** Milliseconds, to end a slice in time; never part of what is computed. */
  now(): number;
}

export interface DryRunHandle {
  /** Settles with every run, or with null when cancelled first. */
  readonly done: Promise<readonly RunSummary[] | null>;
  cancel(): void;
}

/** About one frame's worth of work per slice. */
const SLICE_MS = 16;

export const browserSlicer: Slicer = {
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  now: () => performance.now(),
};

export function startDryRun(scenario: Scenario, plan: DryRunPlan, engine: DryRunEngine, onProgress: (done: number, total: number) => void, slicer: Slicer = browserSlicer): DryRunHandle {
  let cancelled = false;
  const jobs = engine.jobs(plan.seed, plan.runsPerPolicy, plan.policies);
  const done = (async (): Promise<readonly RunSummary[] | null> => {
    const runs: RunSummary[] = [];
    onProgress(0, jobs.length);
    await slicer.pause();
    while (runs.length < jobs.length) {
      if (cancelled) return null;
      const started = slicer.now();
      do {
        const job = jobs[runs.length];
        if (!job) break;
        runs.push(engine.play(scenario, job.policy, job.seed));
      } while (runs.length < jobs.length && slicer.now() - started < SLICE_MS);
      onProgress(runs.length, jobs.length);
      await slicer.pause();
    }
    return cancelled ? null : runs;
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}
