// Messages between tables, to exercise control and to the SimCell (issue 16, item 5): "we ask the police
// for the camera footage". Never public: only the sending and the receiving table see one, the trainer and
// evaluators see all, and each is an event in the timeline and the exports. The trainer answers as
// exercise control or as any role nobody plays (the SimCell).
import { refuse, type Step } from '../step.js';
import type { Actor, Command, SessionSettings } from '../types.js';
import type { DirectTarget } from '../../views/direct-messages.js';
import { tableOf } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Longest text of a message between tables (a page: a request with its reasons, not a report). */
export const DIRECT_TEXT_MAX = 2000;

/** Who a message between tables goes to: a table, exercise control, or a role nobody plays (the SimCell answers for it). */
export type DirectRecipient = { readonly table: string } | { readonly trainer: true } | { readonly role: string };

/** Who sent one: a role at its table, exercise control, or the SimCell speaking as a role nobody plays. */
export type DirectSender = { readonly table: string; readonly name: string; readonly role: string } | { readonly trainer: true } | { readonly simcell: string };

/** The phases in which the room talks: from the briefing until play ends. */
const TALKING = new Set(['briefing', 'deliver', 'decide', 'resolve', 'paused']);

const seated = (settings: SessionSettings, role: string) => tableOf(settings.tables, role) >= 0;

function sender(step: Step, actor: Actor): DirectSender {
  const { settings } = step.s;
  switch (actor.kind) {
    case 'evaluator':
      return refuse('evaluator-observe-only');
    case 'trainer':
      return { trainer: true };
    case 'simcell':
      if (!step.idx.roles.has(actor.role)) refuse('unknown-role', { role: actor.role });
      if (seated(settings, actor.role)) refuse('direct-role-played', { role: actor.role });
      return { simcell: actor.role };
    case 'role': {
      if (!step.idx.roles.has(actor.role)) refuse('unknown-role', { role: actor.role });
      const table = settings.tables[tableOf(settings.tables, actor.role)];
      if (!table) refuse('role-not-played', { role: actor.role });
      return { table: table.id, name: table.name, role: actor.role };
    }
  }
}

/** The recipient as recorded: a table with the name it had when the message went out. */
function recipient(step: Step, from: DirectSender, to: DirectRecipient): DirectTarget {
  const { settings } = step.s;
  const fromTable = 'table' in from;
  if ('table' in to) {
    if (!settings.tables.some((t) => t.id === to.table)) refuse('direct-unknown-table', { table: to.table });
    if (fromTable && from.table === to.table) refuse('direct-to-own-table');
    return { table: to.table, name: settings.tables.find((t) => t.id === to.table)?.name ?? to.table };
  }
  // Exercise control and the SimCell write to tables; a table writes to them.
  if (!fromTable) refuse('direct-control-to-control');
  if ('trainer' in to) return { trainer: true };
  if (!step.idx.roles.has(to.role)) refuse('unknown-role', { role: to.role });
  // A role a table plays is reached at that table: the message goes there, not to the SimCell.
  const table = settings.tables[tableOf(settings.tables, to.role)];
  if (table) {
    if (table.id === from.table) refuse('direct-to-own-table');
    return { table: table.id, name: table.name };
  }
  return { role: to.role };
}

export function directMessage(step: Step, c: Of<'directMessage'>): void {
  if (!TALKING.has(step.s.phase)) refuse('not-in-phase', { phase: step.s.phase, event: 'directMessage' });
  const text = typeof c.text === 'string' ? c.text.trim() : '';
  if (text.length === 0) refuse('empty-text');
  if (text.length > DIRECT_TEXT_MAX) refuse('text-too-long', { max: DIRECT_TEXT_MAX });
  const from = sender(step, c.actor);
  const to = recipient(step, from, c.to);
  if (c.inReplyTo !== undefined) {
    const earlier = Number.isInteger(c.inReplyTo) ? step.s.events.at(c.inReplyTo) : undefined;
    if (!earlier || earlier.kind !== 'directMessage') refuse('direct-unknown-reply', { event: String(c.inReplyTo) });
  }
  // Only the two tables involved see it (the trainer and evaluators see every event).
  const tables = new Set<string>(['table' in from ? from.table : '', 'table' in to ? to.table : ''].filter((t) => t !== ''));
  const roles = step.s.settings.tables.filter((t) => tables.has(t.id)).flatMap((t) => t.roles);
  step.emit('directMessage', roles.length > 0 ? { roles } : 'trainer', {
    from,
    to,
    text,
    ...(c.inReplyTo !== undefined ? { inReplyTo: c.inReplyTo } : {}),
  });
}
