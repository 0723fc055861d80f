// Messages between tables, to exercise control and to the SimCell, as one audience may see them: a table
// sees what it sent and what was sent to it, the trainer and evaluators see all, the public view and the
// room nothing (the events are never public; canSee decides, as for every other event).
import { eventsOfKind } from '../session/event-index.js';
import type { DirectSender } from '../session/commands/direct-messages.js';
import type { ExerciseState } from '../session/types.js';
import { canSee, type Audience } from './visibility.js';

/** Where one went: a table (with its name as set up), exercise control, or a role nobody plays (the SimCell). */
export type DirectTarget = { readonly table: string; readonly name: string } | { readonly trainer: true } | { readonly role: string };

export interface DirectMessageView {
  /** The event's number: what a reply points at. */
  readonly seq: number;
  readonly minute: number;
  readonly round: number;
  readonly from: DirectSender;
  readonly to: DirectTarget;
  readonly text: string;
  readonly inReplyTo: number | null;
}

/** Who a table may write to: the other tables, exercise control, and each role nobody plays. */
export interface DirectRecipients {
  readonly tables: readonly { readonly id: string; readonly name: string }[];
  readonly unplayed: readonly string[];
}

export function directMessagesFor(state: ExerciseState, audience: Audience): DirectMessageView[] {
  return eventsOfKind(state, 'directMessage')
    .filter((e) => canSee(e.visibility, audience))
    .map((e) => ({
      seq: e.seq,
      minute: e.minute,
      round: e.round,
      from: e.data.from as DirectSender,
      to: e.data.to as DirectTarget,
      text: e.data.text as string,
      inReplyTo: typeof e.data.inReplyTo === 'number' ? e.data.inReplyTo : null,
    }));
}

export function directRecipients(state: ExerciseState, roles: readonly string[], ownTable: string | null): DirectRecipients {
  const seated = new Set(state.settings.tables.flatMap((t) => t.roles));
  return {
    tables: state.settings.tables.filter((t) => t.id !== ownTable).map((t) => ({ id: t.id, name: t.name })),
    unplayed: roles.filter((r) => !seated.has(r)),
  };
}
