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
