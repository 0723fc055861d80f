// The strategy catalogue: what the exercise is scored against and the strategy text each score rests on.
import { CRITERIA, OBJECTIVES, type CriterionId, type ObjectiveId } from '../scenario/vocabulary.js';
import { CRITERIA_BY_ID } from './criteria.js';
import { OBJECTIVES_BY_ID } from './objectives.js';
import type { Criterion, Objective } from './types.js';

export const OBJECTIVE_CATALOGUE: readonly Objective[] = Object.freeze(OBJECTIVES.map((id) => OBJECTIVES_BY_ID[id]));
export const CRITERION_CATALOGUE: readonly Criterion[] = Object.freeze(CRITERIA.map((id) => CRITERIA_BY_ID[id]));

export function criterionById(id: CriterionId): Criterion {
  return CRITERIA_BY_ID[id];
}

export function objectiveById(id: ObjectiveId): Objective {
  return OBJECTIVES_BY_ID[id];
}

export function isCriterionId(value: string): value is CriterionId {
  return (CRITERIA as readonly string[]).includes(value);
}

/**
 * The objective a criterion counts towards in a scenario. Proportionality and information sharing serve
 * whichever objective their measure serves, so a scenario may name it; every other criterion belongs to
 * exactly one objective and ignores the request.
 */
export function objectiveOf(id: CriterionId, requested?: ObjectiveId): ObjectiveId {
  const criterion = CRITERIA_BY_ID[id];
  return criterion.objectiveFromScenario && requested !== undefined ? requested : criterion.objective;
}

export { THEMES, THEME_IDS, themeById, type Theme, type ThemeId } from './themes.js';
export { capByCriticalTasks, rollUp, THRESHOLD_M, type CriticalCap, THRESHOLD_S, type CriterionResult, type Rating, type RollUp, type WeightedResult } from './roll-up.js';
export { CRITERION_PARAMETERS, type Bilingual, type Criterion, type CriterionParameter, type Objective, type StrategyBasis } from './types.js';
