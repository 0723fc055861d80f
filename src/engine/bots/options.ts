// How a bot judges a decision's options: by the scenario author's own assessments of each option
// against the criteria (meets / partly / misses), the same evidence the scoring reads.
import type { Decision, DecisionOption } from '../scenario/schema.js';

const VALUE = { meets: 1, partly: 0.5, misses: 0 } as const;

/** Mean assessment of an option; an option the author did not assess is neutral. */
export function assessedValue(option: DecisionOption): number {
  if (option.assessments.length === 0) return 0.5;
  return option.assessments.reduce((sum, a) => sum + VALUE[a.rating], 0) / option.assessments.length;
}

/** An option that does something in the structure (protect, alert, advise) rather than wait. */
function acts(option: DecisionOption): number {
  return option.effects.filter((e) => e.kind === 'structure' || e.kind === 'board').length;
}

/**
 * Doctrine: the option whose assessments all meet, else the best assessed; among equals the one that
 * acts, and not the default, which authors make the path of least resistance.
 */
export function bestOption(decision: Decision): DecisionOption | undefined {
  return [...decision.options].sort(
    (a, b) =>
      assessedValue(b) - assessedValue(a) ||
      b.assessments.length - a.assessments.length ||
      acts(b) - acts(a) ||
      Number(a.id === decision.default) - Number(b.id === decision.default),
  )[0];
}

/** The poor player: the option that misses, else the worst assessed; among equals the passive default. */
export function worstOption(decision: Decision): DecisionOption | undefined {
  return [...decision.options].sort(
    (a, b) =>
      assessedValue(a) - assessedValue(b) ||
      Number(b.id === decision.default) - Number(a.id === decision.default) ||
      acts(a) - acts(b),
  )[0];
}
