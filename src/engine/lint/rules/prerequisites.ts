// A structure action the scenario asks for whose prerequisite can never hold: the DSI approved when no role
// can draw up the plan, a team stood down that nobody can convene, GRIP 5 in a crisis of one region. The
// machines explored with the scenario's own roles (structure-reach.ts) say which states can happen at all.
import type { StructureActionT } from '../../scenario/schema.js';
import type { DsiStage } from '../../scenario/vocabulary.js';
import { structureAsks } from '../../scenario/powers-check.js';
import { finding } from '../finding.js';
import type { StructureReach } from '../structure-reach.js';
import type { LintFinding, LintRule } from '../types.js';

/** The DSI stage an action needs before it, by action. */
const DSI_BEFORE: Readonly<Partial<Record<StructureActionT['action'], DsiStage>>> = {
  planDsi: 'requested',
  approveDsi: 'planned',
  deployDsi: 'approved',
  completeDsi: 'deployed',
};

/** Why the action can never apply, or null when its prerequisite can hold. */
function missingPrerequisite(action: StructureActionT, reach: StructureReach): string | null {
  const before = DSI_BEFORE[action.action];
  if (before !== undefined && !reach.dsi.has(before)) return `the DSI never reaches "${before}" with this scenario's roles (request by the competent authority, plan by the head of the DSI, approval by whoever decides on the request)`;
  if (action.action === 'scale' && !reach.grips.has(action.level)) return `GRIP ${action.level} can never be declared in this scenario (its model, its roles, one or more regions)`;
  if (action.action === 'standDown' && !reach.teamsSometimes.has(action.team)) return `nobody in this scenario can convene the ${action.team}, so it can never be stood down`;
  if (action.action === 'convene' && !reach.teamsSometimes.has(action.team)) return `the ${action.team} can never sit in this scenario`;
  return null;
}

export const impossiblePrerequisites: LintRule = (scenario, ctx) => {
  const out: LintFinding[] = [];
  for (const ask of structureAsks(scenario)) {
    const why = missingPrerequisite(ask.action, ctx.facts.reach);
    if (why === null) continue;
    out.push(
      finding(
        'structure-prerequisite-impossible',
        [...ask.path, 'action'],
        `"${ask.action.action}" in ${ask.what} can never apply: ${why}.`,
        'Add the role that brings the structure there (e.g. the head of the DSI, or a second region with setting.scaling.crossRegional), or leave the action out.',
      ),
    );
  }
  return out;
};
