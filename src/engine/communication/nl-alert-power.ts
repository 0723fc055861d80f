// Who may put out an NL-Alert written in own words: the same power as one decided from a block (the
// sendNlAlert rows of the powers table in machines/authority.ts, at the GRIP level of this moment: art. 39
// Wvr moves the regional alert from the mayor to the chair of the safety region). A national voice speaks
// for a national alert (the Minister of JenV decides), every other voice for a regional one. The command
// refuses with this refusal, and the composer shows it beside a disabled NL-Alert channel before anyone types.
import { officesFor } from '../machines/authority.js';
import { checkStructureAction, situationOf, type StructureSnapshots } from '../machines/structure.js';
import type { Role, Scenario, StructureActionT } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import type { Refusal } from '../session/types.js';

export type NlAlertAction = Extract<StructureActionT, { action: 'sendNlAlert' }>;

/** The structure action an own-words NL-Alert of this voice is: to its first area, its advice the message. */
export function ownNlAlertAction(voice: Voice | null, area: string, message: string): NlAlertAction {
  return { action: 'sendNlAlert', area, advice: message, ...(voice === 'national' ? { national: true } : {}) };
}

/** Null when the role may send this alert now; otherwise why not, and who decides instead. */
export function nlAlertRefusal(scenario: Scenario, structure: StructureSnapshots, role: Role, action: NlAlertAction): Refusal | null {
  const actor = { office: role.office, ...(role.authority === undefined ? {} : { narrowed: role.authority }) };
  if (checkStructureAction(scenario, structure, action, actor) === null) return null;
  const offices = officesFor(action, situationOf(scenario, structure));
  return { code: 'message-nl-alert-not-yours', params: { office: role.office, offices: offices.join(', '), scope: action.national === true ? 'national' : 'regional' } };
}
