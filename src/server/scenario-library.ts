// The scenarios the trainer may start groups from: every scenario file in the given folders and files,
// each read through the engine's loader. A file that does not load is reported and left out, never used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadScenario, MAX_SCENARIO_CHARS, scenarioHash, type Scenario } from '../engine/index.js';

export interface LibraryScenario {
  readonly id: string;
  readonly scenario: Scenario;
  readonly hash: string;
}

export interface ScenarioProblem {
  readonly file: string;
  readonly message: string;
}

export interface ScenarioLibrary {
  readonly scenarios: readonly LibraryScenario[];
  readonly problems: readonly ScenarioProblem[];
  find(id: string): LibraryScenario | undefined;
}

function filesOf(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(path, name));
}

export function loadLibrary(paths: readonly string[]): ScenarioLibrary {
  const scenarios: LibraryScenario[] = [];
  const problems: ScenarioProblem[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = filesOf(path);
    } catch (error) {
      problems.push({ file: path, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const file of files) {
      try {
        if (statSync(file).size > MAX_SCENARIO_CHARS * 4) throw new Error('file too large');
        const result = loadScenario(readFileSync(file, 'utf8'), basename(file));
        if (!result.ok) {
          const first = result.errors[0];
          problems.push({ file, message: first ? `${first.line}:${first.column} ${first.path} ${first.message}` : 'invalid' });
          continue;
        }
        if (scenarios.some((s) => s.id === result.scenario.id)) {
          problems.push({ file, message: `another file already has the scenario id "${result.scenario.id}"` });
          continue;
        }
        scenarios.push({ id: result.scenario.id, scenario: result.scenario, hash: scenarioHash(result.scenario) });
      } catch (error) {
        problems.push({ file, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { scenarios, problems, find: (id) => scenarios.find((s) => s.id === id) };
}
