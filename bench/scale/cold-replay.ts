// One replay in a fresh process: what a trainer meets when a long saved session is opened in a new window, before
// the engine's code has run even once (the JavaScript engine still has to compile and optimise it). The scale
// section (scale-bench.ts) starts this once per log length with a file holding the scenario text and the log, and
// reads the milliseconds of the replay alone from its output (loading the modules and the scenario are not in it).
//
//   node --import tsx bench/scale/cold-replay.ts <file.json>   → prints {"ms": …}
import { readFileSync } from 'node:fs';
import { loadScenario, replay } from '../../src/engine/index.js';
import type { SessionRecord } from '../../src/engine/session/replay.js';

interface ColdInput {
  readonly text: string;
  readonly record: SessionRecord;
}

const file = process.argv[2];
if (!file) throw new Error('usage: node --import tsx bench/scale/cold-replay.ts <file.json>');
const input = JSON.parse(readFileSync(file, 'utf8')) as ColdInput;
const loaded = loadScenario(input.text, 'cold-replay.json');
if (!loaded.ok) throw new Error(`the scenario does not load: ${loaded.errors[0]?.message ?? ''}`);
const t0 = performance.now();
const state = replay(loaded.scenario, input.record);
const ms = performance.now() - t0;
if (state.log.length !== input.record.log.length) throw new Error('the replay stopped short');
process.stdout.write(`${JSON.stringify({ ms })}\n`);
