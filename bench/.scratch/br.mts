import { browserSection } from '/work/main/bench/browser/browser-bench.js';
import { Report, renderReport } from '/work/main/bench/lib/report.js';
import { benchOptions } from '/work/main/bench/lib/options.js';
const r = new Report();
const t0 = performance.now();
const v = await browserSection(r, benchOptions(process.argv.includes('--quick')), (s) => console.error(s, ((performance.now()-t0)/1000).toFixed(1)));
console.log(v); console.log(renderReport(r));
