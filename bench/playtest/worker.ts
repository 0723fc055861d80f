// A playtest worker thread: loads the scenarios once, warms up, then plays whole seeded bot
// playthroughs for as long as it is asked and says how many it finished.
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

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

try {
  for (const { name, text } of scenarios) {
    const r = loadScenario(text, name);
    if (!r.ok) throw new Error(`${name} does not load`);
    const hash = scenarioHash(r.scenario);
    loaded.set(name, { scenario: r.scenario, hash });
    // Warm up: the first playthroughs pay for compiling the engine's hot paths.
    if (warmUp) for (const policy of POLICIES) playExercise(r.scenario, 'warm-up', policy, { hash });
  }
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: String(error) });
}

parentPort?.on('message', (request: PlayRequest) => {
  try {
    const entry = loaded.get(request.scenario);
    if (!entry) throw new Error(`unknown scenario ${request.scenario}`);
    let runs = 0;
    let commands = 0;
    const t0 = performance.now();
    do {
      const played = playExercise(entry.scenario, `${request.seed}-${runs}`, POLICIES[runs % POLICIES.length] as BotPolicy, { hash: entry.hash });
      commands += played.log.length;
      runs += 1;
    } while (performance.now() - t0 < request.ms);
    post({ type: 'played', runs, ms: performance.now() - t0, commands });
  } catch (error) {
    post({ type: 'failed', message: String(error) });
  }
});
