import { readFileSync } from 'node:fs';
import { loadScenario } from './src/engine/scenario/loader.js';
import { lintScenario } from './src/engine/lint/index.js';
import { formatPath } from './src/engine/scenario/paths.js';
for (const f of process.argv.slice(2)) {
  const r = loadScenario(readFileSync(f, 'utf8'), f);
  if (!r.ok) { console.log(f, r.errors); continue; }
  const t0 = performance.now();
  const out = lintScenario(r.scenario);
  const t1 = performance.now();
  console.log('==', f, (t1 - t0).toFixed(0), 'ms', out.length, 'findings');
  for (const x of out) console.log(` ${x.severity} ${x.code} ${formatPath(x.path)}: ${x.message}\n      ${x.hint}`);
}
