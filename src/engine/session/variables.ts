// State variables: bounded numbers the consequence model moves and the board shows as indicators.
import type { NumberOrRange } from '../scenario/schema.js';
import { wholeBetween } from './random.js';
import type { Step } from './step.js';
import type { z } from 'zod';

type Amount = z.infer<typeof NumberOrRange>;

export function setVariable(step: Step, id: string, value: number, cause: Record<string, unknown>): void {
  const v = step.idx.variables.get(id);
  if (!v) return;
  const from = step.s.variables[id] ?? 0;
  const to = Math.min(v.max, Math.max(v.min, value));
  if (to === from) return;
  step.own('variables')[id] = to;
  step.emit('variableChanged', v.visibility, { variable: id, from, to, ...cause });
}

/** A fixed amount, or a seeded whole number in the range (drawn under this purpose and id). */
export function resolveAmount(step: Step, amount: Amount, purpose: string, id: string, visibility: Parameters<Step['roll']>[3]): number {
  if (typeof amount === 'number') return amount;
  const u = step.roll(purpose, id, null, visibility, { range: amount });
  return wholeBetween(u, amount.min, amount.max);
}
