// A structure action the scenario asks for whose prerequisite can never hold: the DSI approved when no role
// can draw up the plan, a team stood down that nobody can convene, GRIP 5 in a crisis of one region. The
// machines explored with the scenario's own roles (structure-reach.ts) say which states can happen at all.
import type { Scenario, StructureActionT } from '../../scenario/schema.js';
import type { DsiStage } from '../../scenario/vocabulary.js';
import { mayEverTake, scenarioSituations, structureAsks } from '../../scenario/powers-check.js';
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

/** Whether some role of the scenario may ever take the action (in some situation the scenario allows). */
function someoneMay(scenario: Scenario, action: StructureActionT): boolean {
  const situations = scenarioSituations(scenario);
  return scenario.roles.some((r) => mayEverTake(r, action, situations));
}

/**
 * Military assistance goes through its chain (session/military.ts): a grant needs a request by the competent
 * authority, and a player's Defence unit moves only after a grant. A scenario whose roles cannot make the
 * chain asks for something that is always refused.
 */
function militaryChain(scenario: Scenario): LintFinding[] {
  const out: LintFinding[] = [];
  const canRequest = someoneMay(scenario, { action: 'requestAssistance', military: true });
  const canGrant = canRequest && someoneMay(scenario, { action: 'grantMilitaryAssistance' });
  if (!canRequest) {
    for (const ask of structureAsks(scenario)) {
      if (ask.action.action !== 'grantMilitaryAssistance') continue;
      out.push(
        finding(
          'structure-prerequisite-impossible',
          [...ask.path, 'action'],
          `"grantMilitaryAssistance" in ${ask.what} can never apply: no role of this scenario can request military assistance (the mayor, the chair of the safety region under GRIP 4/5, or the public prosecutor; Politiewet 2012 art. 57-58).`,
          'Add a role with one of those offices, or leave the grant out.',
        ),
      );
    }
  }
  if (canGrant) return out;
  const defence = new Set(scenario.picture.units.filter((u) => u.kind === 'defence').map((u) => u.id));
  const movesDefence = (e: Scenario['picture']['boardActions'][number]['effects'][number]) =>
    e.kind === 'board' && (e.change.op === 'deployUnit' || e.change.op === 'moveUnit') && defence.has(e.change.unit);
  scenario.picture.boardActions.forEach((b, i) =>
    b.effects.forEach((e, k) => {
      if (!movesDefence(e)) return;
      out.push(
        finding(
          'structure-prerequisite-impossible',
          ['picture', 'boardActions', i, 'effects', k, 'change'],
          `Board action "${b.id}" moves a Defence unit, but military assistance can never be ${canRequest ? 'granted' : 'requested'} in this scenario, so the action is always refused.`,
          'Add the roles of the chain (the competent authority who requests, the Minister of JenV who grants), or move the unit by an inject (exercise control).',
        ),
      );
    }),
  );
  return out;
}

export const impossiblePrerequisites: LintRule = (scenario, ctx) => {
  const out: LintFinding[] = militaryChain(scenario);
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
