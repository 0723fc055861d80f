// Criteria and objectives that no play can meet or fail: proven by the static pass (a trigger that can
// never hold, a need no role can fill) or observed over the seeded bots (never met, never failed).
import { objectiveOf } from '../../strategy/index.js';
import { OBJECTIVES } from '../../scenario/vocabulary.js';
import type { CriterionUseT, Scenario } from '../../scenario/schema.js';
import { whyNever } from '../explain.js';
import { finding, plural } from '../finding.js';
import type { StaticFacts } from '../reachability.js';
import type { LintFinding, LintRule } from '../types.js';
import { criterionNeed } from './criterion-needs.js';

const label = (use: CriterionUseT, i: number) => `Criterion ${use.criterion} (scoring.criteria[${i}])`;

function triggerNever(use: CriterionUseT, facts: StaticFacts): boolean {
  return use.trigger !== undefined && ('always' in use.trigger ? !use.trigger.always : facts.judge(use.trigger) === 'never');
}

/** Criteria the static pass already reports, so the bots' verdict on them is not repeated. */
function staticallyFlagged(scenario: Scenario, facts: StaticFacts): Set<number> {
  const out = new Set<number>();
  scenario.scoring.criteria.forEach((use, i) => {
    if (triggerNever(use, facts) || criterionNeed(scenario, use, facts) !== null) out.add(i);
  });
  return out;
}

export const impossibleCriteria: LintRule = (scenario, { facts }) =>
  scenario.scoring.criteria.flatMap((use, i): LintFinding[] => {
    if (triggerNever(use, facts) && use.trigger !== undefined) {
      return [
        finding(
          'criterion-never-applies',
          ['scoring', 'criteria', i, 'trigger'],
          `${label(use, i)} never applies: its trigger can never hold.`,
          'trigger' in use ? whyNever(use.trigger, facts, scenario.clock.endsAt) : '',
        ),
      ];
    }
    const need = criterionNeed(scenario, use, facts);
    if (need === null) return [];
    return need.kind === 'never-applies'
      ? [finding('criterion-never-applies', ['scoring', 'criteria', i], `${label(use, i)} never applies: ${need.reason}.`, need.hint)]
      : [finding('criterion-unmeetable', ['scoring', 'criteria', i], `${label(use, i)} can never be met: ${need.reason}.`, need.hint)];
  });

export const observedCriteria: LintRule = (scenario, { facts, dynamic }) => {
  if (dynamic === null || dynamic.runs === 0) return [];
  const flagged = staticallyFlagged(scenario, facts);
  const runs = plural(dynamic.runs, 'seeded bot run', 'seeded bot runs');
  return scenario.scoring.criteria.flatMap((use, i): LintFinding[] => {
    if (flagged.has(i)) return [];
    const seen = dynamic.criteria[i] ?? new Set();
    const results = [...seen].sort().join(', ') || 'none';
    if (!seen.has('met')) {
      return [
        finding(
          'criterion-never-met',
          ['scoring', 'criteria', i],
          `${label(use, i)} was not met in any of ${runs}, not even by the doctrine bot (results: ${results}).`,
          'Check that what it measures can happen in time (its trigger, target minutes and the roles that act on it); npm run scenario:playtest shows the distribution.',
        ),
      ];
    }
    if (!seen.has('notMet') && !seen.has('partly')) {
      return [
        finding(
          'criterion-never-failed',
          ['scoring', 'criteria', i],
          `${label(use, i)} was met in every one of ${runs} where it applied, even by the poor bot.`,
          'A criterion every play meets tells the room nothing: tighten its target, or plant what it should catch (a trap block, a late trigger).',
        ),
      ];
    }
    return [];
  });
};

export const unscoredCriteria: LintRule = (scenario) => {
  const scored = new Set(scenario.scoring.criteria.map((c) => c.criterion));
  const hint = (c: string) => `Add ${c} to scoring.criteria, or name a criterion the scenario scores.`;
  const findings: LintFinding[] = [];
  scenario.decisions.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.assessments.forEach((a, k) => {
        if (!scored.has(a.criterion)) {
          findings.push(
            finding(
              'criterion-not-scored',
              ['decisions', i, 'options', j, 'assessments', k, 'criterion'],
              `Option "${o.id}" of decision "${d.id}" is assessed against ${a.criterion}, which this scenario does not score, so the assessment never counts.`,
              hint(a.criterion),
            ),
          );
        }
      }),
    ),
  );
  scenario.injects.forEach((inject, i) =>
    inject.expectedActions.forEach((e, j) => {
      if (e.criterion !== undefined && !scored.has(e.criterion)) {
        findings.push(
          finding(
            'criterion-not-scored',
            ['injects', i, 'expectedActions', j, 'criterion'],
            `An expected action of inject "${inject.id}" serves ${e.criterion}, which this scenario does not score.`,
            hint(e.criterion),
          ),
        );
      }
    }),
  );
  return findings;
};

export const unmeasuredObjectives: LintRule = (scenario, { facts }) => {
  const findings: LintFinding[] = [];
  const flagged = staticallyFlagged(scenario, facts);
  for (const objective of OBJECTIVES) {
    const uses = scenario.scoring.criteria.map((use, i) => ({ use, i })).filter(({ use }) => objectiveOf(use.criterion, use.objective) === objective);
    const named = scenario.injects.findIndex((inject) => inject.objective === objective);
    if (uses.length === 0 && named >= 0) {
      findings.push(
        finding(
          'objective-unmeasured',
          ['injects', named, 'objective'],
          `Objective ${objective} is served by injects, but no criterion this scenario scores counts towards it, so no play can meet or fail it.`,
          `Score a criterion of ${objective} (see docs/criteria.md), or name the objective these injects serve.`,
        ),
      );
    } else if (uses.length > 0 && uses.every(({ i }) => flagged.has(i))) {
      findings.push(
        finding(
          'objective-unmeasured',
          ['scoring', 'criteria', uses[0]?.i ?? 0],
          `Objective ${objective} can never be met or failed: none of its criteria (${uses.map(({ use }) => use.criterion).join(', ')}) can both apply and be met.`,
          'Fix the criteria reported for this objective, or score another criterion of it.',
        ),
      );
    }
  }
  return findings;
};
