// Whether a role knows that a fact is confirmed — not whether the world has confirmed it. Doctrine "checks
// with the source" before it publishes a fact (DOMAIN.md §5); the doctrine bot may do so only with what
// reached its role (issue 13: it plays from knowledge alone). A role knows a fact block is confirmed when
//  - the world has confirmed it (a confirmFact effect or its confirmedAt: session/facts.ts), and
//  - the role learnt it at or after the minute it was confirmed (whatever taught it then told it as
//    confirmed: the confirming inject, its own action, a colleague's or its team's picture, a public
//    message), or it knows an inject delivered at or after that minute that carries the confirmation
//    (one that confirms the fact or reveals it). A fact told early ("a suspect has fled", T+12) stays
//    unconfirmed for the role until the confirming inject (the CCTV, T+36) reaches it — delivered to it,
//    shared with it (shareInformation passes on the injects the sharer knows) or pooled in its team.
import type { Block, Scenario } from '../scenario/schema.js';
import { confirmedFrom } from '../session/facts.js';
import type { ExerciseState } from '../session/types.js';
import { factKey, injectKey } from './keys.js';
import { revealsOf } from './reveals.js';
import { knownSince, knows } from './store.js';

type ConfirmationState = Pick<ExerciseState, 'knowledge' | 'facts' | 'minute' | 'delivered'>;

const confirmers = new WeakMap<Scenario, ReadonlyMap<string, readonly Scenario['injects'][number][]>>();

/** For each block, the injects that confirm it (in their own effects or a variant's) or may reveal it. */
function carriersOf(scenario: Scenario): ReadonlyMap<string, readonly Scenario['injects'][number][]> {
  let map = confirmers.get(scenario);
  if (!map) {
    const m = new Map<string, Scenario['injects'][number][]>();
    const add = (block: string, inject: Scenario['injects'][number]) => {
      const list = m.get(block) ?? [];
      if (!list.includes(inject)) m.set(block, [...list, inject]);
    };
    for (const inject of scenario.injects) {
      for (const e of [...inject.effects, ...inject.variants.flatMap((v) => v.effects)]) if (e.kind === 'confirmFact') add(e.block, inject);
      for (const v of [null, ...inject.variants.map((_, i) => i)]) for (const key of revealsOf(scenario, inject, v)) if (key.startsWith('fact:')) add(key.slice('fact:'.length), inject);
    }
    confirmers.set(scenario, (map = m));
  }
  return map;
}

/** Whether this delivery of the inject confirms or reveals the block (a variant's own effects and reveals count only when it was the one delivered). */
function carries(scenario: Scenario, inject: Scenario['injects'][number], variant: number | null, block: string): boolean {
  const effects = [...inject.effects, ...(variant === null ? [] : (inject.variants[variant]?.effects ?? []))];
  return effects.some((e) => e.kind === 'confirmFact' && e.block === block) || revealsOf(scenario, inject, variant).includes(factKey(block));
}

/** Whether the role knows the block is confirmed: it learnt it, or an inject carrying it, at or after its confirmation. */
export function knowsConfirmed(scenario: Scenario, state: ConfirmationState, roleId: string, block: Block): boolean {
  const from = confirmedFrom(block, state);
  if (from === undefined) return false;
  const learnt = knownSince(state, roleId, factKey(block.id));
  if (learnt !== undefined && learnt.minute >= from) return true;
  return (carriersOf(scenario).get(block.id) ?? []).some((inject) => {
    const d = state.delivered[inject.id];
    return d !== undefined && d.minute >= from && carries(scenario, inject, d.variant, block.id) && knows(state, roleId, injectKey(inject.id));
  });
}
