// The scoring policies an author must hold to (docs/authoring.md, "How scores judge"): every parameter set on a
// criterion is one the criterion reads; every escalating measure the roles can take has a warrant, so taking it
// is judged rather than silently free; and a decision card does not offer, without a link, what an action does
// (compared by the state each leaves behind).
import type { Scenario, StructureActionT } from '../../scenario/schema.js';
import { actionKey, ALERT_SECTORS } from '../../scenario/action-keys.js';
import { escalationsOf, DOCTRINE_WARRANTS, scenarioWarrants } from '../../scoring/warrants.js';
import { structureCandidates } from '../../session/available.js';
import { optionSettledBy } from '../../session/cards.js';
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
 * states warrants), and in every file written in format 1 (migrated on loading): format 1 had no warrants, so the
 * migration cannot supply them and only the author can say when each measure is proportionate.
 */
export const measuresWithoutWarrant: LintRule = (scenario, { facts, writtenIn }) => {
  const older = writtenIn !== undefined && scenario.scoring.warrants.length === 0;
  if (!judgesProportion(scenario) && !older) return [];
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
      const named = `${measure}${target === null ? '' : ` (${target})`}`;
      const warrant = `{ "measure": "${measure}"${target === null ? '' : `, "target": "${target}"`}, "when": … }`;
      out.push(
        older
          ? finding(
              'measure-without-warrant',
              ['scoring', 'warrants'],
              `This file is in scenario format ${writtenIn}, which had no warrants (it is migrated when loaded): the escalating measure ${named} can be taken, but nothing says when it is proportionate, so taking it is never judged as an over-reaction.`,
              `Add "warrants" to "scoring" with ${warrant} saying when ${measure} is proportionate ({ "always": false } if it never is here); the file keeps loading as it is, the warrants are read once written. See docs/authoring.md, "How scores judge" (Warrants).`,
            )
          : finding(
              'measure-without-warrant',
              ['scoring', 'warrants'],
              `The escalating measure ${named} can be taken in this scenario, but has no warrant, so taking it is never judged as proportionate or not.`,
              `Add a warrant ${warrant} saying when it is proportionate, or { "always": false } if it never is here.`,
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

/** The sectors "all" alerts (C14 counts an alert to all for each sector). */
const EACH_SECTOR = ALERT_SECTORS.filter((s) => s !== 'all');

/**
 * The state an action leaves behind, in the terms a trainer reads off the board and the conditions test: the
 * GRIP level reached (levels may be skipped, so GRIP 4 also holds "at least GRIP 3"), the threat level of each
 * scope (the region follows a national level), the sectors alerted ("all" alerts each), where an NL-Alert is in
 * force, and otherwise the action itself (a team convened, the IAC open, a place protected, the DSI deployed).
 */
export function stateAfter(action: StructureActionT): readonly string[] {
  switch (action.action) {
    case 'scale':
      return action.level === 0 ? ['grip=0'] : Array.from({ length: action.level }, (_, i) => `grip>=${i + 1}`);
    case 'setThreatLevel':
      return action.scope === 'national' ? [`threat:national=${action.level}`, `threat:region=${action.level}`] : [`threat:region=${action.level}`];
    case 'alertPartners':
      return (action.sector === 'all' ? EACH_SECTOR : [action.sector]).map((s) => `alerted:${s}`);
    case 'sendNlAlert':
      return [action.national ? 'nlAlert:national' : `nlAlert:${action.area}`];
    default:
      return [actionKey(action)];
  }
}

/**
 * A decision option that produces what a role can also produce by action, without that action settling the card
 * (session/cards.ts optionSettledBy: the option's own structure effects and its declared `resolvedBy`): when the
 * role acts, the card stays open and expires to its default, and the debrief tells players who acted that they did
 * not. Compared by the state each leaves behind (stateAfter): an option whose structure effect's state an action
 * the scenario makes possible also produces — an option alerting aviation, and a role that may alert all sectors.
 * An option that produces no structure state at all is read by what its id says it does to a level ("grip4",
 * "region-5"): nothing else would show that it stands for the action.
 */
export const cardsDuplicatingActions: LintRule = (scenario, { facts }) => {
  const possible = structureCandidates(scenario).filter((a) => facts.can.actions.has(actionKey(a)));
  const out: LintFinding[] = [];
  scenario.decisions.forEach((d, i) =>
    d.options.forEach((o, j) => {
      const reported = new Set<string>();
      const report = (path: (string | number)[], message: string, action: StructureActionT, hint: string) => {
        const key = JSON.stringify(action);
        if (reported.has(key)) return;
        reported.add(key);
        out.push(finding('card-duplicates-action', path, message, `${hint} See docs/authoring.md, "Cards and actions are one thing".`));
      };
      const link = (action: StructureActionT) => `add ${JSON.stringify(action)} to its "resolvedBy" (decisions[${i}].options[${j}].resolvedBy), so a role taking that action settles the card with this option`;
      let producesState = false;
      o.effects.forEach((e, k) => {
        if (e.kind !== 'structure') return;
        producesState = true;
        const produced = stateAfter(e.do);
        for (const action of possible) {
          if (optionSettledBy(o, action)) continue;
          const after = new Set(stateAfter(action));
          if (!produced.every((x) => after.has(x))) continue;
          report(
            ['decisions', i, 'options', j, 'effects', k],
            `Option "${o.id}" of decision "${d.id}" does ${actionKey(e.do)}, and a role can bring about the same by ${actionKey(action)}, but that action does not settle the card: it would expire to its default while what it decides already holds.`,
            action,
            `If ${actionKey(action)} carries out what this option decides, ${link(action)}; the measured criteria still judge the action itself.`,
          );
        }
      });
      if (producesState || o.resolvedBy.length > 0) return;
      const named = namedLevel(o.id);
      if (named === null || !facts.can.actions.has(actionKey(named))) return;
      report(
        ['decisions', i, 'options', j],
        `Option "${o.id}" of decision "${d.id}" names ${actionKey(named)}, which a role can also do by action, but neither does it nor links to it, so that action never settles the card.`,
        named,
        `Give the option the structure effect { "kind": "structure", "do": ${JSON.stringify(named)} }, or ${link(named)}.`,
      );
    }),
  );
  return out;
};
