// Military assistance goes through the proper chain (DOMAIN.md §4; Politiewet 2012 art. 57-58): the competent
// authority requests it (bijstand is requested through the LOCC), the Minister of JenV makes it available with
// the Minister of Defence, and only then do military units act. Each step needs the one before it, and a
// player who skips one meets a refusal that says which step is missing. Exercise control (injects) moves
// units as the world does, so inject effects are not held to the chain.
import type { BoardChangeT, StructureActionT } from '../scenario/schema.js';
import type { Refusal } from './types.js';
import type { Step } from './step.js';

/** The key under which a taken request for military assistance is recorded (scenario/action-keys.ts). */
export const MILITARY_REQUEST = 'requestAssistance:military';
export const MILITARY_GRANT = 'grantMilitaryAssistance';

/** The Minister can make military assistance available only once the competent authority asked for it. */
export function militaryGrantRefusal(step: Step, action: StructureActionT): Refusal | null {
  if (action.action !== 'grantMilitaryAssistance' || MILITARY_REQUEST in step.s.actionsTaken) return null;
  return { code: 'military-not-requested', params: {} };
}

/** A player's board change that sends a military (Defence) unit out before military assistance was granted. */
export function militaryUnitRefusal(step: Step, change: BoardChangeT): Refusal | null {
  if (change.op !== 'deployUnit' && change.op !== 'moveUnit') return null;
  const unit = step.scenario.picture.units.find((u) => u.id === change.unit);
  if (unit?.kind !== 'defence' || MILITARY_GRANT in step.s.actionsTaken) return null;
  return { code: 'military-not-granted', params: { unit: unit.id } };
}
