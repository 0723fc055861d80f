// A playtest worker thread: loads the scenarios once, warms up, then plays whole seeded bot
// playthroughs for as long as it is asked and says how many it finished (a few numbers: the
// playthroughs themselves never leave the thread).
import { parentPort, workerData } from 'node:worker_threads';
import { playExercise, type BotPolicy } from '../../src/engine/bots/index.js';
import { loadScenario, scenarioHash, type Scenario } from '../../src/engine/index.js';

export interface PlayRequest {
  readonly scenario: string;
  readonly ms: number;
  readonly seed: string;
}

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'played'; readonly runs: number; readonly ms: number; readonly commands: number }
  | { readonly type: 'failed'; readonly message: string };

export const POLICIES: readonly BotPolicy[] = ['random', 'doctrine', 'poor'];

const { scenarios, warmUp } = workerData as { scenarios: { name: string; text: string }[]; warmUp: boolean };
const loaded = new Map<string, { scenario: Scenario; hash: string }>();

/** How long each scenario is played (the bots in turn) to warm a worker up. */
const WARM_UP_MS = 400;

/** Play the bots in turn on one scenario for at least `ms`, in whole rounds of one playthrough per bot (so each counts alike). */
function playFor(scenario: Scenario, hash: string, seed: string, ms: number): { runs: number; ms: number; commands: number } {
  let runs = 0;
  let commands = 0;
  const t0 = performance.now();
  do {
    const played = playExercise(scenario, `${seed}-${runs}`, POLICIES[runs % POLICIES.length] as BotPolicy, { hash });
    commands += played.log.length;
    runs += 1;
  } while (runs % POLICIES.length !== 0 || performance.now() - t0 < ms);
  return { runs, ms: performance.now() - t0, commands };
}

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

try {
  for (const { name, text } of scenarios) {
    const r = loadScenario(text, name);
    if (!r.ok) throw new Error(`${name} does not load`);
    const hash = scenarioHash(r.scenario);
    loaded.set(name, { scenario: r.scenario, hash });
  }
  // Warm up every worker alike, on every scenario, before anything is timed: the first playthroughs of a
  // process pay for compiling the engine's hot paths (two to three times a warm one's time), and a worker
  // that had played only one playthrough per bot read as a slower core in the "all workers" figure.
  if (warmUp) for (const { scenario, hash } of loaded.values()) playFor(scenario, hash, 'warm-up', WARM_UP_MS);
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: String(error) });
}

parentPort?.on('message', (request: PlayRequest) => {
  try {
    const entry = loaded.get(request.scenario);
    if (!entry) throw new Error(`unknown scenario ${request.scenario}`);
    const { runs, ms, commands } = playFor(entry.scenario, entry.hash, request.seed, request.ms);
    post({ type: 'played', runs, ms, commands });
  } catch (error) {
    post({ type: 'failed', message: String(error) });
  }
});
