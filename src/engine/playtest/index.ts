export { summarizePlaythrough, type RunSummary, type TakenOption } from './summary.js';
export { buildReport, playtestJobs, RATINGS, RESULTS, RARE_SHARE, SEEDS_SHOWN, type PlaytestReport, type CoverageRow, type InjectRow, type OptionRow, type CriterionRow, type ObjectiveRow, type Problem, type RunRef, type Spread } from './report.js';
export { visitedStates, initialStateLabels } from './states.js';
export { checkValidity, VALIDITY_RULES, type ValidityBreach, type ValidityResult, type ValidityRuleId } from './validity.js';
