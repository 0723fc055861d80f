// Injects, decisions, endings and conditions the static pass proves can never happen (errors), and
// conditions that always hold (warnings: they add nothing, and an ending that always holds hides the rest).
import type { Path } from '../../scenario/paths.js';
import type { Condition } from '../../scenario/schema.js';
import { isConstant } from '../condition-logic.js';
import { conditionSites, describeHost, type ConditionSite } from '../condition-sites.js';
import { whyAlways, whyNever } from '../explain.js';
import { finding } from '../finding.js';
import type { StaticFacts } from '../reachability.js';
import type { LintFinding, LintRule } from '../types.js';

/** The verdict of a site's condition; a literal constant is what the author wrote on purpose. */
function verdictOf(site: ConditionSite, facts: StaticFacts) {
  return isConstant(site.condition) ? 'constant' : facts.judge(site.condition);
}

export const unreachableInjects: LintRule = (scenario, { facts }) =>
  conditionSites(scenario)
    .filter((site) => site.host === 'inject' && !facts.injects.has(site.owner))
    .map((site) =>
      finding(
        'unreachable-inject',
        site.path,
        `Inject "${site.owner}" can never be delivered: its condition can never hold, and no effect schedules it.`,
        whyNever(site.condition, facts, scenario.clock.endsAt),
      ),
    );

export const unreachableDecisions: LintRule = (scenario, { facts }) =>
  conditionSites(scenario)
    .filter((site) => site.host === 'decision' && !facts.decisions.has(site.owner))
    .map((site) =>
      finding('unreachable-decision', site.path, `Decision "${site.owner}" can never open: its condition can never hold.`, whyNever(site.condition, facts, scenario.clock.endsAt)),
    );

export const unreachableEndings: LintRule = (scenario, { facts }) => {
  const findings: LintFinding[] = [];
  const reported = new Set<number>();
  const report = (i: number, path: Path, message: string, hint: string) => {
    reported.add(i);
    findings.push(finding('unreachable-ending', path, message, hint));
  };
  let shadowedBy: string | null = null;
  let fallback: number | null = null;
  scenario.endings.forEach((ending, i) => {
    if (ending.when === undefined) {
      if (fallback !== null) {
        const first = scenario.endings[fallback]?.id ?? '';
        report(i, ['endings', i], `Ending "${ending.id}" can never be chosen: ending "${first}" is already the fallback (an ending without "when").`, 'Only the first ending without "when" is used. Give this one a condition, or remove it.');
      } else fallback = i;
      return;
    }
    if (shadowedBy !== null) {
      report(
        i,
        ['endings', i],
        `Ending "${ending.id}" can never be chosen: ending "${shadowedBy}" comes first and its condition always holds.`,
        'The first ending whose condition holds wins. Tighten the earlier condition, or move this ending before it.',
      );
      return;
    }
    const verdict = 'always' in ending.when ? (ending.when.always ? 'always' : 'never') : facts.judge(ending.when);
    if (verdict === 'never') {
      report(i, ['endings', i, 'when'], `Ending "${ending.id}" can never be chosen: its condition can never hold.`, whyNever(ending.when, facts, scenario.clock.endsAt));
    } else if (verdict === 'always') shadowedBy = ending.id;
  });
  // An ending whose condition always holds hides the fallback too, wherever the fallback stands.
  if (shadowedBy !== null && fallback !== null && !reported.has(fallback)) {
    const id = scenario.endings[fallback]?.id ?? '';
    report(
      fallback,
      ['endings', fallback],
      `Ending "${id}" (the fallback) can never be chosen: ending "${shadowedBy}" always holds.`,
      'Tighten the condition that always holds, so the fallback can close the exercise when nothing else applies.',
    );
  }
  return findings;
};

/** Hosts whose impossible condition has its own code (the thing it blocks); the rest are reported here. */
const OWN_CODE = new Set(['inject', 'decision', 'ending', 'criterion']);

export const conditionVerdicts: LintRule = (scenario, { facts }) => {
  const findings: LintFinding[] = [];
  const endsAt = scenario.clock.endsAt;
  for (const site of conditionSites(scenario)) {
    const verdict = verdictOf(site, facts);
    if (verdict === 'never') {
      const blocked = site.host === 'inject' && facts.scheduled.has(site.owner);
      if (!OWN_CODE.has(site.host) || blocked) {
        findings.push(finding('condition-never-true', site.path, `The condition of ${describeHost(site)} can never hold.`, whyNever(site.condition, facts, endsAt)));
      }
    } else if (verdict === 'always') {
      findings.push(finding('condition-always-true', site.path, `The condition of ${describeHost(site)} always holds.`, whyAlways(site.condition, facts, endsAt)));
    } else if (verdict === 'maybe') {
      findings.push(...nested(site, site.condition, site.path, facts, endsAt));
    }
  }
  return findings;
};

/** Inside a condition that can go either way: an alternative that can never hold, a part that always does. */
function nested(site: ConditionSite, c: Condition, path: Path, facts: StaticFacts, endsAt: number): LintFinding[] {
  if (!('all' in c) && !('any' in c) && !('not' in c)) return [];
  if ('not' in c) return nested(site, c.not, [...path, 'not'], facts, endsAt);
  const key = 'all' in c ? 'all' : 'any';
  const parts = 'all' in c ? c.all : c.any;
  return parts.flatMap((part, i) => {
    const at = [...path, key, i];
    const verdict = isConstant(part) ? 'constant' : facts.judge(part);
    if (key === 'any' && verdict === 'never') {
      return [finding('condition-never-true', at, `This alternative in the condition of ${describeHost(site)} can never hold.`, whyNever(part, facts, endsAt))];
    }
    if (key === 'all' && verdict === 'always') {
      return [finding('condition-always-true', at, `This part of the condition of ${describeHost(site)} always holds, so it adds nothing.`, whyAlways(part, facts, endsAt))];
    }
    return verdict === 'maybe' ? nested(site, part, at, facts, endsAt) : [];
  });
}

