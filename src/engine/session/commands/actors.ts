// Who may issue what. Authority over the crisis structure itself lives in machines/authority.ts;
// this file only decides whether an actor may speak for a role at this moment.
import type { Role } from '../../scenario/schema.js';
import { refuse, type Step } from '../step.js';
import type { Actor, Table } from '../types.js';

export function requireTrainer(actor: Actor): void {
  if (actor.kind === 'evaluator') refuse('evaluator-observe-only');
  if (actor.kind !== 'trainer') refuse('trainer-only');
}

export function tableOf(tables: readonly Table[], role: string): number {
  return tables.findIndex((t) => t.roles.includes(role));
}

/** The role a participant command acts for, after checking the actor may act for it now. */
export function actingRole(step: Step, actor: Actor): Role {
  if (actor.kind === 'trainer') refuse('act-as-simcell');
  if (actor.kind === 'evaluator') refuse('evaluator-observe-only');
  const role = step.idx.roles.get(actor.role);
  if (!role) refuse('unknown-role', { role: actor.role });
  if (step.s.phase !== 'decide') refuse('not-in-phase', { phase: step.s.phase, event: 'act' });
  const { tables, simcell, mode } = step.s.settings;
  if (actor.kind === 'simcell') {
    if (!simcell.includes(role.id)) refuse('not-simcell-role', { role: role.id });
    return role;
  }
  const t = tableOf(tables, role.id);
  if (t < 0) refuse('role-not-played', { role: role.id });
  if (mode === 'hotseat' && t !== step.s.turn.table) {
    refuse('not-your-turn', { table: tables[step.s.turn.table]?.name ?? '' });
  }
  if (mode === 'multiwindow' && step.s.turn.done.includes(tables[t]?.id ?? '')) refuse('turn-already-ended');
  return role;
}
