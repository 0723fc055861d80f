// A participant takes a crisis-structure action: scale, convene, set the threat level, DSI, NL-Alert, aftercare, …
import { refuse, type Step } from '../step.js';
import { takeStructureAction } from '../structure-actions.js';
import type { Command } from '../types.js';
import { actingRole } from './actors.js';
import { applyEffects } from '../effects.js';
import { militaryUnitRefusal } from '../military.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function structure(step: Step, c: Of<'structure'>): void {
  const role = actingRole(step, c.actor);
  takeStructureAction(step, role, c.action, c.actor, true);
}

export function boardAction(step: Step, c: Of<'boardAction'>): void {
  const role = actingRole(step, c.actor);
  const action = step.scenario.picture.boardActions.find((a) => a.id === c.id);
  if (!action) refuse('unknown-board-action', { action: c.id });
  if (!action.roles.includes(role.id)) refuse('board-action-not-yours', { action: action.id });
  if (action.once && step.s.board.actionsTaken.includes(action.id)) refuse('board-action-taken', { action: action.id });
  // Military units move only once military assistance has been requested and granted (session/military.ts).
  for (const e of action.effects) {
    const military = e.kind === 'board' ? militaryUnitRefusal(step, e.change) : null;
    if (military) refuse(military.code, military.params);
  }
  step.own('board').actionsTaken = [...step.s.board.actionsTaken, action.id];
  step.emit('boardAction', 'public', { action: action.id, role: role.id });
  applyEffects(step, action.effects, { kind: 'boardAction', id: action.id, role });
}
