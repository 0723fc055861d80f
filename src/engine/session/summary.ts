// The structure summary is read by conditions, views and scoring many times per command; it depends
// only on the (immutable) snapshots object, so it is computed once per snapshots object.
import { structureSummary, type StructureSummary } from '../machines/structure.js';
import type { ExerciseState } from './types.js';

const cache = new WeakMap<object, StructureSummary>();

export function summaryOf(state: Pick<ExerciseState, 'structure'>): StructureSummary {
  const key = state.structure as object;
  let s = cache.get(key);
  if (!s) {
    s = structureSummary(state.structure);
    cache.set(key, s);
  }
  return s;
}
