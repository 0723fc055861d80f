// Rumours spread each round until a published fact rebuts them (rumour control, DOMAIN.md §5).
import { resolveAmount, setVariable } from './variables.js';
import type { Step } from './step.js';
import { learnRumour } from '../knowledge/learn.js';

export function startRumour(step: Step, id: string): void {
  const r = step.idx.rumours.get(id);
  if (!r || step.s.rumours[id]) return;
  step.own('rumours')[id] = { startedAt: step.s.minute };
  learnRumour(step, id, step.emit('rumourStarted', r.visibility, { rumour: id }));
}

export function spreadRumours(step: Step): void {
  for (const r of step.scenario.rumours) {
    const st = step.s.rumours[r.id];
    if (!st || st.rebuttedAt !== undefined) continue;
    const amount = resolveAmount(step, r.spreadPerRound, 'rumour', r.id, r.visibility);
    setVariable(step, r.reach, (step.s.variables[r.reach] ?? 0) + amount, { rumour: r.id });
    step.emit('rumourSpread', r.visibility, { rumour: r.id, amount });
  }
}

/** Confirmed blocks of a published message (publish.ts filters them) rebut every active rumour that names them (or that they name). */
export function rebutRumours(step: Step, blocks: readonly string[], message: string): string[] {
  const rebutted: string[] = [];
  for (const r of step.scenario.rumours) {
    const st = step.s.rumours[r.id];
    if (!st || st.rebuttedAt !== undefined) continue;
    const by = blocks.find((b) => r.rebuttedBy.includes(b) || (step.idx.blocks.get(b)?.rebuts ?? []).includes(r.id));
    if (by === undefined) continue;
    step.own('rumours')[r.id] = { ...st, rebuttedAt: step.s.minute, rebuttedBy: by };
    step.emit('rumourRebutted', 'public', { rumour: r.id, block: by, message, minutes: step.s.minute - st.startedAt });
    rebutted.push(r.id);
  }
  return rebutted;
}
