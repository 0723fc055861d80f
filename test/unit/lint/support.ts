// Loading scenario files for the lint, playtest and MSEL tests: the fixtures, the bundled scenarios, and
// small scenarios changed in place from the clean lint fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import type { Scenario } from '../../../src/engine/scenario/schema.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const LINT_FIXTURES = `${ROOT}test/fixtures/lint/`;
export const BUNDLED = readdirSync(`${ROOT}scenarios`)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort();

export function load(text: string, file = 'test.json'): Scenario {
  const result = loadScenario(text, file);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.errors, null, 2)}`);
  return result.scenario;
}

export const readText = (path: string): string => readFileSync(path, 'utf8');

export const lintFixture = (name: string): Scenario => load(readText(`${LINT_FIXTURES}${name}.json`), `${name}.json`);

export const bundled = (file: string): { text: string; scenario: Scenario } => {
  const text = readText(`${ROOT}scenarios/${file}`);
  return { text, scenario: load(text, file) };
};

/** The clean fixture as raw JSON, to change one thing and load it. */
export function cleanDocument(): Record<string, unknown> & { injects: Record<string, unknown>[]; decisions: Record<string, unknown>[] } {
  return JSON.parse(readText(`${LINT_FIXTURES}clean.json`));
}

export function variant(change: (doc: ReturnType<typeof cleanDocument>) => void): Scenario {
  const doc = cleanDocument();
  change(doc);
  return load(JSON.stringify(doc));
}
