// Structure actions the scenario asks of a role whose office can never take them. At run time such an
// effect is skipped (the trainer sees "structureEffectSkipped"), so the author would only find out in play;
// here every decision option, inject, variant and board action effect, and every expected action, is
// checked against the table of powers (machines/authority.ts) in every situation the scenario allows:
// each GRIP level of its model, its DSI route, its places' protection domains, one or more regions.
// Airport measures are checked against the map too: no airport measure without an airport.
import { mayTake, type AuthoritySituation, type ProtectionDomain } from '../machines/authority.js';
import { GRIP_LEVELS, scalingModelOf } from '../machines/scaling-model.js';
import { possibleChairs } from '../machines/policy-teams.js';
import { AIRPORT_ACTIONS, hasAirport } from './action-keys.js';
import type { Finding } from './finding.js';
import type { Path } from './paths.js';
import type { Role, Scenario, StructureActionT } from './schema.js';

/** One place in the scenario that asks a role to take a structure action. */
export interface Ask {
  readonly path: Path;
  readonly action: StructureActionT;
  /** The role that acts; undefined when nobody does (an inject effect without "by"). */
  readonly role: string | undefined;
  readonly what: string;
}

export function structureAsks(scenario: Scenario): Ask[] {
  const out: Ask[] = [];
  scenario.decisions.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.effects.forEach((e, k) => {
        if (e.kind === 'structure') out.push({ path: ['decisions', i, 'options', j, 'effects', k, 'do'], action: e.do, role: e.by ?? d.owner, what: `option "${o.id}" of decision "${d.id}"` });
      }),
    ),
  );
  scenario.injects.forEach((inject, i) => {
    inject.effects.forEach((e, k) => {
      if (e.kind === 'structure') out.push({ path: ['injects', i, 'effects', k, 'do'], action: e.do, role: e.by, what: `inject "${inject.id}"` });
    });
    inject.variants.forEach((v, n) =>
      v.effects.forEach((e, k) => {
        if (e.kind === 'structure') out.push({ path: ['injects', i, 'variants', n, 'effects', k, 'do'], action: e.do, role: e.by, what: `a variant of inject "${inject.id}"` });
      }),
    );
    inject.expectedActions.forEach((x, k) => {
      const a = x.do;
      if (a.action !== 'decide' && a.action !== 'publish' && a.action !== 'boardAction') {
        out.push({ path: ['injects', i, 'expectedActions', k, 'do'], action: a, role: x.role, what: `an expected action of inject "${inject.id}"` });
      }
    });
  });
  scenario.picture.boardActions.forEach((b, i) =>
    b.effects.forEach((e, k) => {
      if (e.kind !== 'structure') return;
      for (const role of e.by !== undefined ? [e.by] : b.roles) out.push({ path: ['picture', 'boardActions', i, 'effects', k, 'do'], action: e.do, role, what: `board action "${b.id}"` });
    }),
  );
  return out;
}

/** Every situation the scenario can be in, as far as the table of powers reads it. */
export function scenarioSituations(scenario: Scenario): AuthoritySituation[] {
  const scaling = scalingModelOf(scenario.setting.scaling);
  const protection: Record<string, ProtectionDomain> = {};
  for (const place of scenario.picture.atRisk) protection[place.id] = place.domain;
  const base = { scaling, crossRegional: scenario.setting.scaling.crossRegional, dsiApproval: scenario.setting.dsiApproval, protection };
  return GRIP_LEVELS.filter((grip) => scaling.levels.some((l) => l.level === grip)).flatMap((grip) => [
    { ...base, grip, nationalAlert: false },
    { ...base, grip, nationalAlert: true },
  ]);
}

export function mayEverTake(role: Role, action: StructureActionT, situations: readonly AuthoritySituation[]): boolean {
  return situations.some((s) => mayTake(role.office, action, role.authority, s));
}

/**
 * A policy team's decision is taken by its chair (DOMAIN.md §3): the owner's office must be one that can chair
 * the team (a regional team's leader in the scenario's model, a national team's chair from the table of powers).
 */
function teamDecisionFindings(scenario: Scenario, roles: ReadonlyMap<string, Role>): Finding[] {
  const model = scalingModelOf(scenario.setting.scaling);
  const findings: Finding[] = [];
  scenario.decisions.forEach((d, i) => {
    const team = d.team;
    const owner = roles.get(d.owner);
    if (team === undefined || !owner) return;
    // In a custom regional model, whoever leads the level that adds the team chairs it.
    const adds = model.kind === 'custom' ? model.levels.find((l) => l.teams.includes(team)) : undefined;
    const chairs = new Set([...possibleChairs(team), ...(adds?.leaders ?? [])]);
    if (chairs.has(owner.office)) return;
    findings.push({
      code: 'no-power',
      path: ['decisions', i, 'owner'],
      message: `Decision "${d.id}" belongs to the ${team}, but its owner "${owner.id}" (office ${owner.office}) cannot chair the ${team}; a team's decision is taken by its chair.`,
      hint: `Make the owner a role with the office ${[...chairs].join(' or ')}, or leave "team" out if the decision is one office's own.`,
    });
  });
  return findings;
}

export function powerFindings(scenario: Scenario): Finding[] {
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const situations = scenarioSituations(scenario);
  const airport = hasAirport(scenario);
  const findings: Finding[] = teamDecisionFindings(scenario, roles);
  for (const ask of structureAsks(scenario)) {
    if (!airport && AIRPORT_ACTIONS.includes(ask.action.action)) {
      findings.push({
        code: 'not-relevant',
        path: [...ask.path, 'action'],
        message: `"${ask.action.action}" in ${ask.what} is an airport measure, but the scenario's map has no airport.`,
        hint: 'Add a point of interest of kind "airport", or leave the airport measure out.',
      });
      continue;
    }
    if (ask.role === undefined) {
      findings.push({
        code: 'no-power',
        path: ask.path,
        message: `The structure action "${ask.action.action}" in ${ask.what} names no role to take it, so it would be skipped.`,
        hint: 'Add "by": the id of the role whose office takes this action.',
      });
      continue;
    }
    const role = roles.get(ask.role);
    if (!role || mayEverTake(role, ask.action, situations)) continue;
    findings.push({
      code: 'no-power',
      path: [...ask.path, 'action'],
      message: `Role "${role.id}" (office ${role.office}) never holds the power "${ask.action.action}" asked of it in ${ask.what}, so it would be refused in play.`,
      hint: role.authority && !role.authority.includes(ask.action.action)
        ? 'The role\'s "authority" list leaves this action out; add it there if the office holds it, or give the action to another role.'
        : 'Give the action to a role whose office holds the power (see "Powers per office" in docs/criteria.md), or add "by" with such a role.',
    });
  }
  return findings;
}
