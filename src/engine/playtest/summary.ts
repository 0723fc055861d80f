// One seeded bot playthrough reduced to what a playtest report counts: what was delivered and decided,
// which states were reached, how long it ran, how it ended and how it scored. Plain data, so a worker
// thread can send it back and the report is the same however the runs were spread over the cores.
import { playExercise, type BotPolicy } from '../bots/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { ObjectiveId } from '../scenario/vocabulary.js';
import { scoreExercise } from '../scoring/score.js';
import type { CriterionResult, Rating } from '../strategy/index.js';
import { visitedStates } from './states.js';

export interface TakenOption {
  readonly decision: string;
  readonly option: string;
  readonly byDefault: boolean;
}

export interface RunSummary {
  readonly policy: BotPolicy;
  readonly seed: string;
  readonly ending: string | null;
  readonly rounds: number;
  readonly minutes: number;
  readonly commands: number;
  /** Delivered inject ids, in scenario order. */
  readonly injects: readonly string[];
  /** Decisions taken, in scenario order. */
  readonly decisions: readonly TakenOption[];
  /** Machine state labels reached, sorted. */
  readonly states: readonly string[];
  /** The result of each scored criterion, in the order of scoring.criteria. */
  readonly criteria: readonly CriterionResult[];
  readonly objectives: Readonly<Partial<Record<ObjectiveId, Rating>>>;
}

export function summarizePlaythrough(scenario: Scenario, policy: BotPolicy, seed: string, hash?: string): RunSummary {
  const { state } = playExercise(scenario, seed, policy, hash === undefined ? {} : { hash });
  const score = scoreExercise(scenario, state);
  const objectives: Partial<Record<ObjectiveId, Rating>> = {};
  for (const [id, group] of Object.entries(score.objectives) as [ObjectiveId, { rating: Rating }][]) objectives[id] = group.rating;
  return {
    policy,
    seed,
    ending: state.ending,
    rounds: state.round,
    minutes: state.minute,
    commands: state.log.length,
    injects: scenario.injects.filter((i) => i.id in state.delivered).map((i) => i.id),
    decisions: scenario.decisions.flatMap((d) => {
      const taken = state.decisions[d.id]?.taken;
      return taken ? [{ decision: d.id, option: taken.option, byDefault: taken.byDefault }] : [];
    }),
    states: visitedStates(scenario, state),
    criteria: score.criteria.map((c) => c.result),
    objectives,
  };
}
