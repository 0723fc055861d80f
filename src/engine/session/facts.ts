// A fact block is confirmed from its confirmedAt time, or from a confirmFact effect: the factual check,
// the composer's "confirmed" marks, the engine's rumour rebuttal, C11 and the doctrine bot read the same rule.
import type { Block, Scenario } from '../scenario/schema.js';
import { collectMentions } from '../scenario/references.js';
import type { ExerciseState } from './types.js';

export function confirmedFactIds(scenario: Scenario, state: Pick<ExerciseState, 'facts' | 'minute'>): Set<string> {
  const set = new Set(Object.keys(state.facts));
  for (const b of scenario.communication.blocks) {
    if (b.confirmedAt !== undefined && b.confirmedAt <= state.minute) set.add(b.id);
  }
  return set;
}

/**
 * The minute from which a block is confirmed in the world — its confirmFact effect's minute or its own
 * confirmedAt once reached, whichever came first — or undefined while it is not confirmed.
 */
export function confirmedFrom(block: Block, state: Pick<ExerciseState, 'facts' | 'minute'>): number | undefined {
  const byEffect = state.facts[block.id];
  const byClock = block.confirmedAt !== undefined && block.confirmedAt <= state.minute ? block.confirmedAt : undefined;
  if (byEffect === undefined) return byClock;
  return byClock === undefined ? byEffect : Math.min(byEffect, byClock);
}

const effectConfirmed = new WeakMap<Scenario, ReadonlySet<string>>();

/** Blocks some effect in the scenario confirms: until it happens, what they say is not yet established. */
export function confirmedByEffect(scenario: Scenario): ReadonlySet<string> {
  let set = effectConfirmed.get(scenario);
  if (!set) effectConfirmed.set(scenario, (set = new Set(collectMentions(scenario).effects.flatMap(({ value }) => (value.kind === 'confirmFact' ? [value.block] : [])))));
  return set;
}

/**
 * A block that is no fact and that the scenario never confirms (no confirmedAt, no confirmFact effect) — typically
 * a rebuttal saying what is known ("there is one suspect") — stands from the start: nothing would ever confirm it.
 */
export function standsUnconfirmed(scenario: Scenario, block: Block): boolean {
  return block.kind !== 'fact' && block.confirmedAt === undefined && !confirmedByEffect(scenario).has(block.id);
}

/**
 * Whether a block was confirmed at a minute (DOMAIN.md §7, C11: only a fact confirmed at that moment rebuts):
 * by a confirmFact effect by then, by its own confirmedAt by then, or because it stands unconfirmed.
 */
export function confirmedWhen(scenario: Scenario, state: Pick<ExerciseState, 'facts'>, block: Block, minute: number): boolean {
  const byEffect = state.facts[block.id];
  if (byEffect !== undefined && byEffect <= minute) return true;
  if (block.confirmedAt !== undefined && block.confirmedAt <= minute) return true;
  return standsUnconfirmed(scenario, block);
}
