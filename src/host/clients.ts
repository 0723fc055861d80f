// Who is connected to a session, and which actors they may speak for. Windows of one browser profile
// are not a security boundary (anyone can open devtools); tokens over the network are (see server/).
import type { Actor } from '../engine/index.js';

export type ClientRole =
  | { readonly kind: 'trainer' }
  | { readonly kind: 'evaluator'; readonly name?: string }
  | { readonly kind: 'projector' }
  /** A table or role window: it may act for these roles. */
  | { readonly kind: 'table'; readonly roles: readonly string[] };

/** Whether a client may issue a command as this actor. */
export function mayActAs(client: ClientRole, actor: Actor): boolean {
  switch (actor.kind) {
    case 'trainer':
    case 'simcell':
      return client.kind === 'trainer';
    case 'evaluator':
      return client.kind === 'evaluator' || client.kind === 'trainer';
    case 'role':
      return client.kind === 'table' && client.roles.includes(actor.role);
  }
}

/**
 * The actor a command is recorded under: the one it claims, with the parts a seat decides filled in by the
 * seat. An evaluator's name is the name of the device in that seat (the trainer console's own evaluator hat
 * carries none); a command naming anyone else is refused (null), so no device can write as the trainer or
 * as another evaluator.
 */
export function actorFromSeat(client: ClientRole, claimed: Actor): Actor | null {
  if (!mayActAs(client, claimed)) return null;
  if (claimed.kind !== 'evaluator') return claimed;
  const name = client.kind === 'evaluator' ? client.name : undefined;
  if (claimed.name !== undefined && claimed.name !== name) return null;
  return name === undefined ? { kind: 'evaluator' } : { kind: 'evaluator', name };
}
