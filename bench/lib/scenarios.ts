// The bundled scenarios, read once for every section, in file-name order.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario, scenarioHash, type Scenario } from '../../src/engine/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${ROOT}scenarios/`;

export interface Bundled {
  /** The file name without ".json", e.g. "station-attack". */
  readonly name: string;
  readonly text: string;
  readonly scenario: Scenario;
  readonly hash: string;
}

/** Load a scenario text or stop the bench: a figure on a scenario that does not load means nothing. */
export function mustLoad(text: string, file: string): Scenario {
  const r = loadScenario(text, file);
  if (!r.ok) throw new Error(`${file} does not load: ${r.errors.slice(0, 3).map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return r.scenario;
}

export function bundledScenarios(): Bundled[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((file) => {
      const text = readFileSync(DIR + file, 'utf8');
      const scenario = mustLoad(text, file);
      return { name: file.replace(/\.json$/, ''), text, scenario, hash: scenarioHash(scenario) };
    });
}

/** The largest bundled scenario (by file size): the one the applyCommand and replay budgets name. */
export function largest(list: readonly Bundled[]): Bundled {
  const [first, ...rest] = list;
  if (!first) throw new Error('no bundled scenarios');
  return rest.reduce((a, b) => (b.text.length > a.text.length ? b : a), first);
}
