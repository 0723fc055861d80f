// The one rule for who sees what. Every view filters through `canSee`; nothing else decides visibility.
import type { VisibilityT } from '../scenario/schema.js';

/** Who a view is for. The room is the class at the debrief: public material only, no controller material. */
export type Audience =
  | { readonly kind: 'role'; readonly role: string }
  | { readonly kind: 'public' }
  | { readonly kind: 'room' }
  | { readonly kind: 'trainer' };

export function canSee(visibility: VisibilityT, audience: Audience): boolean {
  if (audience.kind === 'trainer') return true;
  if (visibility === 'public') return true;
  if (visibility === 'trainer' || audience.kind !== 'role') return false;
  return visibility.roles.includes(audience.role);
}
