// The condition language, evaluated safely over the state: a closed set of tests, no eval.
import type { Comparison, Condition } from '../scenario/schema.js';
import { blocksOf } from '../communication/message.js';
import { summaryOf } from './summary.js';
import type { ExerciseState } from './types.js';

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

export function holds(state: ExerciseState, c: Condition): boolean {
  if ('all' in c) return c.all.every((x) => holds(state, x));
  if ('any' in c) return c.any.some((x) => holds(state, x));
  if ('not' in c) return !holds(state, c.not);
  if ('variable' in c) return compare(state.variables[c.variable] ?? 0, c.op, c.value);
  if ('grip' in c) return compare(summaryOf(state).grip, c.grip, c.value);
  if ('threatLevel' in c) {
    const t = summaryOf(state).threatLevel;
    return compare(c.region ? t.region : t.national, c.threatLevel, c.value);
  }
  if ('teamActive' in c) return summaryOf(state).activeTeams.some((t) => t.team === c.teamActive);
  if ('dsi' in c) return summaryOf(state).dsi === c.dsi;
  if ('time' in c) return compare(state.minute, c.time, c.value);
  if ('round' in c) return compare(state.round, c.round, c.value);
  if ('decided' in c) {
    const taken = state.decisions[c.decided]?.taken;
    return taken !== undefined && (c.option === undefined || taken.option === c.option);
  }
  if ('delivered' in c) return c.delivered in state.delivered;
  if ('published' in c) return state.messages.countWhere(blocksOf, c.published) > 0;
  if ('rumourActive' in c) {
    const r = state.rumours[c.rumourActive];
    return r !== undefined && r.rebuttedAt === undefined;
  }
  if ('rumourRebutted' in c) return state.rumours[c.rumourRebutted]?.rebuttedAt !== undefined;
  if ('boardAction' in c) return state.board.actionsTaken.includes(c.boardAction);
  if ('structureAction' in c) return c.structureAction in state.actionsTaken;
  return c.always;
}
