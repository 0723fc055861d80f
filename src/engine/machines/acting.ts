// What every office-driven machine event carries: who acts, any narrowing of their powers by the
// scenario, the scenario minute (for the times the machines record), and the situation the authority
// rules read (the GRIP level for art. 39 Wvr, the scenario's DSI route, the places' protection domains).
import type { StructureActionKind, StructureActionT } from '../scenario/schema.js';
import type { Office } from '../scenario/vocabulary.js';
import { checkAuthority, type AuthoritySituation } from './authority.js';

export type Acting = {
  readonly office: Office;
  readonly narrowed?: readonly StructureActionKind[];
  readonly minute: number;
  /** Absent: the plain situation (GRIP 0, one region, the Minister decides on a DSI request). */
  readonly situation?: AuthoritySituation;
};

/** The guard every machine uses, so authorisation comes from the one table in authority.ts. */
export function authorised(event: Acting, action: StructureActionT, situation?: AuthoritySituation): boolean {
  const both = situation === undefined ? event.situation : event.situation === undefined ? situation : { ...event.situation, ...situation };
  return checkAuthority(event.office, action, event.narrowed, both) === null;
}
