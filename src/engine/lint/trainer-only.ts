// What only the trainer brings into play. Bots never fire an inject, so neither the linter's seeded runs nor
// a playtest can reach an optional inject that no effect schedules, nor what waits on one: an inject or a
// decision card whose condition can only hold once such an inject has arrived. Both say so instead of
// calling it unreached.
import type { Condition, Scenario } from '../scenario/schema.js';

export interface TrainerOnly {
  readonly injects: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
}

/**
 * Whether a condition can only hold once one of these injects has arrived: every way it can hold passes
 * through one of them. "not" never waits (it holds before the inject arrives).
 */
function waitsOn(condition: Condition, injects: ReadonlySet<string>): boolean {
  if ('delivered' in condition) return injects.has(condition.delivered);
  if ('all' in condition) return condition.all.some((c) => waitsOn(c, injects));
  if ('any' in condition) return condition.any.every((c) => waitsOn(c, injects));
  return false;
}

/** `scheduled`: the injects some effect schedules (those arrive without the trainer). */
export function trainerOnly(scenario: Scenario, scheduled: ReadonlySet<string>): TrainerOnly {
  const injects = new Set(scenario.injects.filter((i) => i.optional && !scheduled.has(i.id)).map((i) => i.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const inject of scenario.injects) {
      if (injects.has(inject.id) || inject.at !== undefined || scheduled.has(inject.id) || inject.when === undefined) continue;
      if (waitsOn(inject.when, injects)) {
        injects.add(inject.id);
        grew = true;
      }
    }
  }
  const decisions = new Set(scenario.decisions.filter((d) => d.opensAt === undefined && d.when !== undefined && waitsOn(d.when, injects)).map((d) => d.id));
  return { injects, decisions };
}
