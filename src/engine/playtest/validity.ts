// The validity rules of DOMAIN.md §7 ("a score is valid only if a team cannot game it"), checked over
// finished playthroughs of the reference policies on the same seeds. A rule whose policy was not played,
// or whose criterion the scenario does not score, is not checked: the report says which rules ran.
import type { BotPolicy } from '../bots/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { CriterionId, ObjectiveId } from '../scenario/vocabulary.js';
import { objectiveOf, type CriterionResult, type Rating } from '../strategy/index.js';
import type { RunSummary } from './summary.js';

export type ValidityRuleId = 'doctrine-p' | 'eager-not-p' | 'eager-proportionality' | 'silent-vb1' | 'cards-not-p' | 'naming-c02' | 'naming-vb1' | 'late-between' | 'random-at-most-m';

export const VALIDITY_RULES: readonly ValidityRuleId[] = [
  'doctrine-p',
  'eager-not-p',
  'eager-proportionality',
  'silent-vb1',
  'cards-not-p',
  'naming-c02',
  'naming-vb1',
  'late-between',
  'random-at-most-m',
];

/** One run that breaks a rule: the rule, the policy and seed to replay, and what it was rated. */
export interface ValidityBreach {
  readonly rule: ValidityRuleId;
  readonly policy: BotPolicy;
  readonly seed: string;
  /** The objective or criterion the rule looked at, and the rating or result it found. */
  readonly subject: string;
  readonly found: string;
}

export interface ValidityResult {
  /** The rules that could be checked with the policies played and the criteria scored. */
  readonly checked: readonly ValidityRuleId[];
  readonly breaches: readonly ValidityBreach[];
}

const VALUE: Readonly<Record<CriterionResult, number | null>> = { met: 1, partly: 0.5, notMet: 0, notApplicable: null };
const AT_MOST_M: ReadonlySet<Rating> = new Set(['M', 'U', 'notExercised']);

/** The mean result of every use of a criterion in one run (a scenario may score C06 twice), or null when none applied. */
function criterionValue(scenario: Scenario, run: RunSummary, criterion: CriterionId): number | null {
  const values = scenario.scoring.criteria.flatMap((u, i) => (u.criterion === criterion ? [VALUE[run.criteria[i] ?? 'notApplicable']] : [])).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function resultsOf(scenario: Scenario, run: RunSummary, criterion: CriterionId): string {
  return scenario.scoring.criteria.flatMap((u, i) => (u.criterion === criterion ? [run.criteria[i] ?? 'notApplicable'] : [])).join(', ');
}

export function checkValidity(scenario: Scenario, runs: readonly RunSummary[]): ValidityResult {
  const played = new Set(runs.map((r) => r.policy));
  const scores = (c: CriterionId) => scenario.scoring.criteria.some((u) => u.criterion === c);
  const proportionalityObjectives = new Set<ObjectiveId>(scenario.scoring.criteria.filter((u) => u.criterion === 'C17').map((u) => objectiveOf('C17', u.objective)));
  const checked: ValidityRuleId[] = [];
  const breaches: ValidityBreach[] = [];
  const of = (policy: BotPolicy) => runs.filter((r) => r.policy === policy);
  const breach = (rule: ValidityRuleId, run: RunSummary, subject: string, found: string) => breaches.push({ rule, policy: run.policy, seed: run.seed, subject, found });
  const objectiveRule = (rule: ValidityRuleId, policy: BotPolicy, ok: (objective: ObjectiveId, rating: Rating) => boolean, only?: ReadonlySet<ObjectiveId>) => {
    if (!played.has(policy) || (only !== undefined && only.size === 0)) return;
    checked.push(rule);
    for (const run of of(policy)) {
      for (const [objective, rating] of Object.entries(run.objectives) as [ObjectiveId, Rating][]) {
        if ((only === undefined || only.has(objective)) && !ok(objective, rating)) breach(rule, run, objective, rating);
      }
    }
  };

  objectiveRule('doctrine-p', 'doctrine', (_o, r) => r === 'P' || r === 'notExercised');
  objectiveRule('eager-not-p', 'eager', (_o, r) => r !== 'P');
  objectiveRule('eager-proportionality', 'eager', (_o, r) => r === 'M' || r === 'U', proportionalityObjectives);
  objectiveRule('silent-vb1', 'silent', (_o, r) => r === 'M' || r === 'U', new Set(['VB1']));
  objectiveRule('cards-not-p', 'cards', (_o, r) => r !== 'P');
  if (played.has('naming') && scores('C02')) {
    checked.push('naming-c02');
    for (const run of of('naming')) if (criterionValue(scenario, run, 'C02') !== 0) breach('naming-c02', run, 'C02', resultsOf(scenario, run, 'C02'));
  }
  objectiveRule('naming-vb1', 'naming', (_o, r) => r === 'M' || r === 'U', new Set(['VB1']));
  if (played.has('late') && played.has('doctrine') && played.has('idle') && scores('C06')) {
    checked.push('late-between');
    for (const run of of('late')) {
      const same = (policy: BotPolicy) => runs.find((r) => r.policy === policy && r.seed === run.seed);
      const late = criterionValue(scenario, run, 'C06');
      const doctrineRun = same('doctrine');
      const idleRun = same('idle');
      if (!doctrineRun || !idleRun) continue;
      const good = criterionValue(scenario, doctrineRun, 'C06');
      const never = criterionValue(scenario, idleRun, 'C06');
      if (late === null || good === null || never === null || !(late < good && late > never)) {
        breach('late-between', run, 'C06', `${resultsOf(scenario, run, 'C06')} (doctrine ${resultsOf(scenario, doctrineRun, 'C06')}, idle ${resultsOf(scenario, idleRun, 'C06')})`);
      }
    }
  }
  objectiveRule('random-at-most-m', 'random', (_o, r) => AT_MOST_M.has(r));
  return { checked, breaches };
}
