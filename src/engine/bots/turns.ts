// What the doctrine and poor bots share: taking a role's open decisions, and who speaks for the
// authorities in public when several roles could.
import { publishVoice } from '../machines/authority.js';
import type { Decision, DecisionOption, Role, Scenario } from '../scenario/schema.js';
import type { Office } from '../scenario/vocabulary.js';
import type { RoleTurn } from './policy.js';

/** Take every open decision this role owns, with the option the policy prefers. */
export function decideOpenDecisions(turn: RoleTurn, choose: (d: Decision) => DecisionOption | undefined): void {
  for (const d of turn.scenario.decisions) {
    if (d.owner !== turn.role.id) continue;
    const st = turn.state().decisions[d.id];
    if (!st || st.taken) continue;
    const option = choose(d);
    if (option) turn.act({ type: 'decide', decision: d.id, option: option.id });
  }
}

/** Offices whose job is public communication: when one is at the table, it speaks, not the mayor. */
const SPOKESPERSONS: readonly Office[] = ['municipalCommunication', 'regionalCommunication', 'policeCommunication', 'nkcDirector'];

const mainPublishers = new WeakMap<Scenario, string | null>();

/** Whether this role speaks in public for doctrine: a spokesperson office, or the main publisher when none is at the table. */
export function speaksInPublic(scenario: Scenario, role: Role): boolean {
  return (SPOKESPERSONS.includes(role.office) && publishVoice(role.office) !== null) || isMainPublisher(scenario, role);
}

/** The one role that keeps the public informed: the first spokesperson, else the first role with a voice. */
export function isMainPublisher(scenario: Scenario, role: Role): boolean {
  let id = mainPublishers.get(scenario);
  if (id === undefined) {
    const speaker = scenario.roles.find((r) => SPOKESPERSONS.includes(r.office)) ?? scenario.roles.find((r) => publishVoice(r.office) !== null);
    id = speaker?.id ?? null;
    mainPublishers.set(scenario, id);
  }
  return id === role.id;
}
