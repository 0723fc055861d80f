// A playtest worker thread: plays the batches of seeded runs the main thread hands it and sends back
// their summaries. The main thread orders the results, so the report does not depend on how runs were spread.
import { parentPort, workerData } from 'node:worker_threads';
import type { BotPolicy } from '../engine/bots/index.js';
import { summarizePlaythrough, type RunSummary } from '../engine/playtest/index.js';
import type { Scenario } from '../engine/scenario/schema.js';

export interface PlaytestBatch {
  readonly start: number;
  readonly jobs: readonly { readonly policy: BotPolicy; readonly seed: string }[];
}

export type WorkerReply = { readonly type: 'done'; readonly start: number; readonly results: readonly RunSummary[] } | { readonly type: 'failed'; readonly message: string };

const { scenario, hash } = workerData as { scenario: Scenario; hash: string };

parentPort?.on('message', (batch: PlaytestBatch) => {
  try {
    const results = batch.jobs.map((job) => summarizePlaythrough(scenario, job.policy, job.seed, hash));
    parentPort?.postMessage({ type: 'done', start: batch.start, results } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
  }
});
