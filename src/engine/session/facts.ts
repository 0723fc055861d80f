// A fact block is confirmed from its confirmedAt time, or from a confirmFact effect: the factual check
// and the composer's "confirmed" marks read the same rule.
import type { Scenario } from '../scenario/schema.js';
import type { ExerciseState } from './types.js';

export function confirmedFactIds(scenario: Scenario, state: Pick<ExerciseState, 'facts' | 'minute'>): Set<string> {
  const set = new Set(Object.keys(state.facts));
  for (const b of scenario.communication.blocks) {
    if (b.confirmedAt !== undefined && b.confirmedAt <= state.minute) set.add(b.id);
  }
  return set;
}
