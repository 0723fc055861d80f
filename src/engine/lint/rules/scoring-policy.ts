// The scoring policies an author must hold to (docs/authoring.md, "How scores judge"): every parameter set on a
// criterion is one the criterion reads; every escalating measure the roles can take has a warrant, so taking it
// is judged rather than silently free; and a decision card does not offer, without a link, what an action does.
import type { Scenario, StructureActionT } from '../../scenario/schema.js';
import { actionKey } from '../../scenario/action-keys.js';
import { escalationsOf, DOCTRINE_WARRANTS, scenarioWarrants } from '../../scoring/warrants.js';
import { structureCandidates } from '../../session/available.js';
import { criterionById } from '../../strategy/index.js';
import { finding } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';

/** Fields of a criterion use that say how it counts, not how it is measured: never reported. */
const NOT_PARAMETERS = new Set(['criterion', 'weight', 'objective', 'critical']);

export const unreadParameters: LintRule = (scenario) =>
  scenario.scoring.criteria.flatMap((use, i): LintFinding[] => {
    const documented = criterionById(use.criterion).parameters;
    return Object.keys(use)
      .filter((key) => !NOT_PARAMETERS.has(key) && (use as Record<string, unknown>)[key] !== undefined && !(key in documented))
      .map((key) =>
        finding(
          'criterion-parameter-unread',
          ['scoring', 'criteria', i, key],
          `Criterion ${use.criterion} (scoring.criteria[${i}]) does not read "${key}", so setting it changes nothing.`,
          `Remove "${key}", or score a criterion that reads it; docs/criteria.md lists the parameters of each criterion (${Object.keys(documented).join(', ') || 'none for this one'}).`,
        ),
      );
  });

/** Whether the scenario judges proportionality at all: it scores C17 or states a warrant. */
const judgesProportion = (scenario: Scenario): boolean => scenario.scoring.warrants.length > 0 || scenario.scoring.criteria.some((c) => c.criterion === 'C17');

/** A threat level the scenario already starts at or above is no escalation: raising to it changes nothing. */
function atStart(scenario: Scenario, measure: string): boolean {
  const threat = /^threat-(national|region)-(\d)$/.exec(measure);
  if (!threat) return false;
  const start = scenario.setting.threatLevel;
  const level = threat[1] === 'region' ? (start.region ?? start.national) : start.national;
  return level >= Number(threat[2]);
}

/**
 * An escalating measure some role can take, with neither a warrant in the scenario nor a doctrine default, is never
 * judged: an eager team takes it for free. Reported where the scenario judges proportionality (it scores C17 or
 * states warrants); a version-1 file without either is left to the migration's own note.
 */
export const measuresWithoutWarrant: LintRule = (scenario, { facts }) => {
  if (!judgesProportion(scenario)) return [];
  const seen = new Set<string>();
  const out: LintFinding[] = [];
  for (const action of structureCandidates(scenario)) {
    if (!facts.can.actions.has(actionKey(action))) continue;
    for (const { measure, target } of escalationsOf(action)) {
      if (atStart(scenario, measure)) continue;
      const key = `${measure}/${target ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (scenarioWarrants(scenario, measure, target).length > 0 || DOCTRINE_WARRANTS[measure] !== undefined) continue;
      out.push(
        finding(
          'measure-without-warrant',
          ['scoring', 'warrants'],
          `The escalating measure ${measure}${target === null ? '' : ` (${target})`} can be taken in this scenario, but has no warrant, so taking it is never judged as proportionate or not.`,
          `Add a warrant { "measure": "${measure}"${target === null ? '' : `, "target": "${target}"`}, "when": … } saying when it is proportionate, or { "always": false } if it never is here.`,
        ),
      );
    }
  }
  return out;
};

/** What an option's id says it does to a level: "grip4", "grip-4", "region-5", "national-5". */
function namedLevel(id: string): StructureActionT | null {
  if (/^(keep|stay|wait|no|not)\b/.test(id)) return null;
  const grip = /\bgrip-?(\d)\b/.exec(id);
  if (grip) return { action: 'scale', level: Number(grip[1]) as 0 };
  const threat = /\b(region|national)-?(\d)\b/.exec(id);
  if (threat) return { action: 'setThreatLevel', level: Number(threat[2]) as 1, scope: threat[1] as 'region' };
  return null;
}

/**
 * A decision option that names a level change an action can make (its id says "grip4" or "region-5") but neither
 * carries it out (a structure effect) nor declares the link (resolvedBy): when a role makes that change by action,
 * the card is not settled and expires to its default, telling players who acted that they did not.
 */
export const cardsDuplicatingActions: LintRule = (scenario, { facts }) => {
  const out: LintFinding[] = [];
  scenario.decisions.forEach((d, i) =>
    d.options.forEach((o, j) => {
      const named = namedLevel(o.id);
      if (named === null || !facts.can.actions.has(actionKey(named))) return;
      const linked = o.resolvedBy.length > 0 || o.effects.some((e) => e.kind === 'structure');
      if (linked) return;
      out.push(
        finding(
          'card-duplicates-action',
          ['decisions', i, 'options', j],
          `Option "${o.id}" of decision "${d.id}" names ${actionKey(named)}, which a role can also do by action, but neither does it nor links to it, so that action never settles the card.`,
          `Give the option a structure effect that does it, or list the action in its "resolvedBy".`,
        ),
      );
    }),
  );
  return out;
};
