// Load a scenario through the lazily imported validator chunk (see validation.ts), or, for a file the user
// opens, in a Web Worker (see validation-worker.ts) so that a large or hostile file never freezes the page.
import type { LoadResult } from '../engine/scenario/errors.js';
import type { LoadStage } from '../engine/scenario/loader.js';
import type { ValidationReply, ValidationRequest } from './validation-messages.js';

export type { LoadStage };

export async function loadScenarioLazily(text: string, fileName: string, onStage?: (stage: LoadStage) => void): Promise<LoadResult> {
  const { loadScenario } = await import('./validation.js');
  return loadScenario(text, fileName, onStage ? { onStage } : {});
}

interface Pending {
  readonly id: number;
  readonly resolve: (result: LoadResult) => void;
  readonly reject: (reason: Error) => void;
  readonly fallback: () => void;
  readonly onStage: ((stage: LoadStage) => void) | undefined;
}

let worker: Worker | undefined;
let pending: Pending | undefined;
let nextId = 0;
/** Set once a worker could not be started or failed: from then on this page checks on the main thread. */
let workerUnavailable = false;

function startWorker(): Worker | undefined {
  if (workerUnavailable || typeof Worker === 'undefined') return undefined;
  try {
    const started = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<ValidationReply>) => {
      const reply = event.data;
      if (!pending || reply.id !== pending.id) return;
      if (reply.kind === 'stage') {
        pending.onStage?.(reply.stage);
        return;
      }
      const done = pending;
      pending = undefined;
      done.resolve(reply.result);
    };
    started.onerror = (event) => {
      // The worker could not load (a blocked script, no module workers) or died: answer on the main thread.
      event.preventDefault();
      workerUnavailable = true;
      worker?.terminate();
      worker = undefined;
      const lost = pending;
      pending = undefined;
      lost?.fallback();
    };
    return started;
  } catch {
    workerUnavailable = true;
    return undefined;
  }
}

/**
 * Check a scenario off the main thread, telling each step as it starts. One check at a time: opening another
 * file while one is being checked stops that check (its answer would be dropped anyway) and starts afresh.
 * Where no worker can run, the same check runs on the main thread.
 */
export function loadScenarioInWorker(text: string, fileName: string, onStage?: (stage: LoadStage) => void): Promise<LoadResult> {
  if (pending) {
    worker?.terminate();
    worker = undefined;
    const superseded = pending;
    pending = undefined;
    superseded.reject(new Error('superseded by a newer file'));
  }
  worker ??= startWorker();
  const running = worker;
  if (!running) return loadScenarioLazily(text, fileName, onStage);
  return new Promise<LoadResult>((resolve, reject) => {
    nextId += 1;
    pending = {
      id: nextId,
      resolve,
      reject,
      fallback: () => loadScenarioLazily(text, fileName, onStage).then(resolve, reject),
      onStage,
    };
    const request: ValidationRequest = { id: nextId, text, fileName };
    running.postMessage(request);
  });
}
