import { readFileSync } from 'node:fs';
import { loadScenario } from './src/engine/scenario/loader.js';
import { structureReach } from './src/engine/lint/structure-reach.js';
import { capabilities } from './src/engine/lint/capabilities.js';
import { staticFacts } from './src/engine/lint/reachability.js';
import { lintScenario } from './src/engine/lint/index.js';
const r = loadScenario(readFileSync('scenarios/station-attack.json', 'utf8'));
if (!r.ok) throw 1;
const s = r.scenario;
for (let k = 0; k < 2; k++) {
let t = performance.now();
const reach = structureReach(s); console.log('reach', (performance.now() - t).toFixed(0)); t = performance.now();
capabilities(s, reach); console.log('caps', (performance.now() - t).toFixed(0)); t = performance.now();
staticFacts(s); console.log('facts', (performance.now() - t).toFixed(0)); t = performance.now();
lintScenario(s, { dynamic: false }); console.log('lint static', (performance.now() - t).toFixed(0)); t = performance.now();
}
