// What every office-driven machine event carries: who acts, any narrowing of their powers by the
// scenario, and the scenario minute (for the times the machines record).
import type { StructureActionKind, StructureActionT } from '../scenario/schema.js';
import type { Office } from '../scenario/vocabulary.js';
import { checkAuthority, type AuthoritySituation } from './authority.js';

export type Acting = { readonly office: Office; readonly narrowed?: readonly StructureActionKind[]; readonly minute: number };

/** The guard every machine uses, so authorisation comes from the one table in authority.ts. */
export function authorised(event: Acting, action: StructureActionT, situation?: AuthoritySituation): boolean {
  return checkAuthority(event.office, action, event.narrowed, situation) === null;
}
