// Before/after pairs for playtest speed work on a shared machine: two checkouts of the engine loaded in one
// process, each round playing the same seed with each bot on both back to back (the order alternating), timed
// with the process's own CPU time, so load from other jobs weighs on both alike. Prints per scenario the plays
// per CPU-second of the random, doctrine and poor bots in turn (from the medians, and from the fastest plays),
// the first playthroughs of the process (cold), per bot the median and fastest CPU-ms of a play, and the median
// of the paired after ÷ before ratios.
//
//   git archive <rev> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   npx tsx bench/playtest/compare-engines.ts /tmp/before . 24 [scenario …]
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Play = (scenario: object, seed: string, policy: string, opts: { hash: string }) => unknown;
interface Engine {
  readonly load: (text: string, name: string) => { ok: boolean; scenario: object };
  readonly hash: (scenario: object) => string;
  readonly play: Play;
}

const POLICIES = ['random', 'doctrine', 'poor'] as const;

async function engineAt(root: string): Promise<Engine> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const bots = (await import(url('src/engine/bots/index.ts'))) as { playExercise: Play };
  const eng = (await import(url('src/engine/index.ts'))) as { loadScenario: Engine['load']; scenarioHash: Engine['hash'] };
  return { load: eng.loadScenario, hash: eng.scenarioHash, play: bots.playExercise };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const [beforeRoot, afterRoot, roundsArg, ...only] = process.argv.slice(2);
if (beforeRoot === undefined || afterRoot === undefined) throw new Error('usage: compare-engines.ts <before checkout> <after checkout> [rounds] [scenario …]');
const rounds = Number(roundsArg ?? 16);
const engines = { before: await engineAt(beforeRoot), after: await engineAt(afterRoot) };
const names = readdirSync(resolve(afterRoot, 'scenarios'))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => f.replace(/\.json$/, ''))
  .filter((n) => only.length === 0 || only.includes(n));

for (const name of names) {
  const text = readFileSync(resolve(afterRoot, 'scenarios', `${name}.json`), 'utf8');
  const sides = (['before', 'after'] as const).map((side) => {
    const e = engines[side];
    const scenario = e.load(text, name).scenario;
    const hash = e.hash(scenario);
    const play = (policy: string, seed: string): number => {
      const t = cpuMs();
      e.play(scenario, seed, policy, { hash });
      return cpuMs() - t;
    };
    return { side, play, times: new Map<string, number[]>(POLICIES.map((p) => [p, []])), cold: '' };
  });
  for (const s of sides) s.cold = POLICIES.map((p) => s.play(p, 'cold').toFixed(1)).join('/');
  for (let w = 0; w < 3; w++) for (const s of sides) for (const p of POLICIES) s.play(p, `warm-${w}`);
  const ratios = new Map<string, number[]>(POLICIES.map((p) => [p, []]));
  for (let r = 0; r < rounds; r++) {
    for (const p of POLICIES) {
      const order = r % 2 === 0 ? sides : [...sides].reverse();
      const got = new Map<string, number>();
      for (const s of order) {
        const ms = s.play(p, `round-${r}`);
        got.set(s.side, ms);
        s.times.get(p)?.push(ms);
      }
      ratios.get(p)?.push((got.get('after') as number) / (got.get('before') as number));
    }
  }
  console.log(name);
  for (const s of sides) {
    const medians = POLICIES.map((p) => median(s.times.get(p) ?? []));
    const fastest = POLICIES.map((p) => Math.min(...(s.times.get(p) ?? [])));
    const perCpuSecond = (xs: number[]) => (3000 / xs.reduce((a, b) => a + b, 0)).toFixed(1);
    const bots = POLICIES.map((p, i) => `${p} ${(medians[i] as number).toFixed(2)}/${(fastest[i] as number).toFixed(2)}`).join('  ');
    console.log(`  ${s.side.padEnd(6)}  ${perCpuSecond(medians)} per cpu-s (fastest ${perCpuSecond(fastest)})  cold ${s.cold} cpu-ms  median/fastest cpu-ms: ${bots}`);
  }
  console.log(`  after ÷ before, paired median: ${POLICIES.map((p) => `${p} ${median(ratios.get(p) ?? []).toFixed(2)}`).join('  ')}`);
}
