// Load a scenario through the lazily imported validator chunk (see validation.ts).
import type { LoadResult } from '../engine/scenario/errors.js';

export async function loadScenarioLazily(text: string, fileName: string): Promise<LoadResult> {
  const { loadScenario } = await import('./validation.js');
  return loadScenario(text, fileName);
}
