// Turns (DESIGN.md "Turns"): in hot-seat every table gets a turn each round, in scenario order, and
// may pass; in multi-window all tables act at once. When every table has ended its turn the round resolves.
import { advanceClock } from '../rounds.js';
import { movesByModule } from '../../discussion/modules.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { actingRole, tableOf } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function endTurn(step: Step, c: Of<'endTurn'>): void {
  const role = actingRole(step, c.actor);
  const { tables, mode } = step.s.settings;
  const t = c.actor.kind === 'simcell' ? -1 : tableOf(tables, role.id);
  const table = tables[t];
  if (!table) refuse('simcell-has-no-turn');
  const done = [...step.s.turn.done, table.id];
  step.s.turn = { table: mode === 'hotseat' ? step.s.turn.table + 1 : step.s.turn.table, done };
  step.emit('turnEnded', 'public', { table: table.id });
  // In a discussion-based exercise the facilitator, not the last table, decides when the room moves on.
  if (done.length >= tables.length && !movesByModule(step.scenario, step.s.settings)) advanceClock(step, step.scenario.clock.minutesPerRound);
}
