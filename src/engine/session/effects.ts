// The consequence model: what an option, an inject, a variant or a board action does.
import type { EffectT, Role } from '../scenario/schema.js';
import { applyBoardChange } from './board.js';
import { militaryUnitRefusal } from './military.js';
import { scheduledAt } from './deliver.js';
import { startRumour } from './rumours.js';
import type { Step } from './step.js';
import { takeStructureAction } from './structure-actions.js';
import { resolveAmount, setVariable } from './variables.js';
import { learnOwnFact } from '../knowledge/learn.js';

/** Where an effect comes from: named in its events and used to key its random draws. */
export interface EffectSource {
  readonly kind: 'option' | 'inject' | 'variant' | 'boardAction';
  readonly id: string;
  /** The role on whose behalf structure effects are taken. */
  readonly role?: Role;
}

export function applyEffects(step: Step, effects: readonly EffectT[], source: EffectSource): void {
  effects.forEach((e, i) => applyEffect(step, e, source, i));
}

function applyEffect(step: Step, effect: EffectT, source: EffectSource, index: number): void {
  const cause = { source: source.kind, sourceId: source.id };
  switch (effect.kind) {
    case 'variable': {
      const variable = step.idx.variables.get(effect.variable);
      if (!variable) return;
      const visibility = effect.visibility ?? variable.visibility;
      const key = `${source.kind}:${source.id}:${index}`;
      if (effect.probability !== undefined) {
        const u = step.roll('chance', key, effect.probability, visibility, { variable: effect.variable, ...cause });
        if (u >= effect.probability) return;
      }
      const current = step.s.variables[effect.variable] ?? 0;
      const next = effect.set !== undefined ? effect.set : current + (effect.add === undefined ? 0 : resolveAmount(step, effect.add, 'amount', key, visibility));
      setVariable(step, effect.variable, next, cause);
      return;
    }
    case 'inject': {
      const inject = step.idx.injects.get(effect.inject);
      if (!inject || inject.id in step.s.delivered || step.s.scheduled.some((x) => x.inject === inject.id)) return;
      step.s.scheduled = [...step.s.scheduled, { inject: inject.id, at: scheduledAt(step.s.seed, inject, step.s.minute + effect.delayMinutes) }];
      return;
    }
    case 'structure': {
      const role = effect.by !== undefined ? step.idx.roles.get(effect.by) : source.role;
      if (role) takeStructureAction(step, role, effect.do, null, false);
      return;
    }
    case 'board': {
      // A decision's option cannot send military units out before military assistance was granted; the
      // trainer sees the skipped change (injects are exercise control and move units as the world does).
      const military = source.kind === 'inject' || source.kind === 'variant' ? null : militaryUnitRefusal(step, effect.change);
      if (military) {
        step.emit('structureEffectSkipped', 'trainer', { role: source.role?.id ?? null, action: { action: effect.change.op, unit: effect.change.op === 'deployUnit' || effect.change.op === 'moveUnit' ? effect.change.unit : null }, refusal: military });
        return;
      }
      applyBoardChange(step, effect.change, cause);
      return;
    }
    case 'confirmFact':
      if (!(effect.block in step.s.facts)) {
        step.own('facts')[effect.block] = step.s.minute;
        const confirmed = step.emit('factConfirmed', 'trainer', { block: effect.block, ...cause });
        // An option or board action of a role's own that makes a fact true: that role knows it.
        if (source.role && (source.kind === 'option' || source.kind === 'boardAction')) learnOwnFact(step, source.role.id, effect.block, confirmed);
      }
      return;
    case 'startRumour':
      startRumour(step, effect.rumour);
      return;
  }
}
