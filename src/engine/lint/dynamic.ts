// The dynamic pass: a few seeded bot playthroughs per policy, kept small so linting stays quick. What the
// bots reach is certainly reachable; what they never reach is worth a warning (the playtest explores more).
import { BOT_POLICIES, type BotPolicy } from '../bots/index.js';
import type { Scenario } from '../scenario/schema.js';
import { summarizePlaythrough, type RunSummary } from '../playtest/summary.js';
import type { CriterionResult, Rating } from '../strategy/index.js';
import type { ObjectiveId } from '../scenario/vocabulary.js';

/** Seeded runs per policy: the random bot explores, doctrine and poor play are nearly deterministic. */
export const LINT_RUNS: Readonly<Partial<Record<BotPolicy, number>>> = { random: 3, doctrine: 2, poor: 2 };

export interface DynamicFacts {
  readonly runs: number;
  readonly injects: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly endings: ReadonlySet<string>;
  /** Per scored criterion (by index), every result seen. */
  readonly criteria: readonly ReadonlySet<CriterionResult>[];
  readonly objectives: ReadonlyMap<ObjectiveId, ReadonlySet<Rating>>;
}

export function dynamicFacts(summaries: readonly RunSummary[], scenario: Scenario): DynamicFacts {
  const objectives = new Map<ObjectiveId, Set<Rating>>();
  for (const s of summaries) {
    for (const [id, rating] of Object.entries(s.objectives) as [ObjectiveId, Rating][]) {
      objectives.set(id, (objectives.get(id) ?? new Set()).add(rating));
    }
  }
  return {
    runs: summaries.length,
    injects: new Set(summaries.flatMap((s) => s.injects)),
    decisions: new Set(summaries.flatMap((s) => s.decisions.map((d) => d.decision))),
    endings: new Set(summaries.flatMap((s) => (s.ending === null ? [] : [s.ending]))),
    criteria: scenario.scoring.criteria.map((_, i) => new Set(summaries.flatMap((s) => (s.criteria[i] === undefined ? [] : [s.criteria[i]])))),
    objectives,
  };
}

export function lintPlaythroughs(scenario: Scenario, runs: Readonly<Partial<Record<BotPolicy, number>>> = LINT_RUNS): RunSummary[] {
  return BOT_POLICIES.flatMap((policy) => Array.from({ length: runs[policy] ?? 0 }, (_, i) => summarizePlaythrough(scenario, policy, `lint-${i + 1}`)));
}
