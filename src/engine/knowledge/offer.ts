// What a role could use knowingly now: the building blocks its composer offers and the places at risk
// it knows are threatened. The role view, availableCommands and the bots all read these, so a screen, a
// random bot and the doctrine bot see the same choices.
import type { Block, Scenario } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import type { ExerciseState } from '../session/types.js';
import { factKey, rumourKey, threatKey } from './keys.js';
import { knows } from './store.js';

type KnowledgeState = Pick<ExerciseState, 'knowledge'>;

const rumoursRebutted = new WeakMap<Scenario, ReadonlyMap<string, readonly string[]>>();

/** For each block, the rumours it rebuts (named on the block or on the rumour). */
function rebuttalsOf(scenario: Scenario): ReadonlyMap<string, readonly string[]> {
  let map = rumoursRebutted.get(scenario);
  if (!map) {
    const m = new Map<string, string[]>();
    const add = (block: string, rumour: string) => {
      const list = m.get(block) ?? [];
      if (!list.includes(rumour)) m.set(block, [...list, rumour]);
    };
    for (const b of scenario.communication.blocks) for (const r of b.rebuts) add(b.id, r);
    for (const r of scenario.rumours) for (const b of r.rebuttedBy) add(b, r.id);
    rumoursRebutted.set(scenario, (map = m));
  }
  return map;
}

/**
 * Whether a role's composer offers a block now: one of its `needs` once known; else a fact once the role
 * knows it, a rebuttal once it knows a rumour the block rebuts; any other block from the start.
 */
export function blockOffered(scenario: Scenario, state: KnowledgeState, roleId: string, block: Block): boolean {
  if (block.needs.length > 0) return block.needs.some((key) => knows(state, roleId, key));
  if (block.kind === 'fact') return knows(state, roleId, factKey(block.id));
  const rumours = rebuttalsOf(scenario).get(block.id) ?? [];
  if (block.kind === 'rebuttal' || rumours.length > 0) return rumours.some((r) => knows(state, roleId, rumourKey(r)));
  return true;
}

/** The blocks a role with this voice is offered now, in the scenario's order. */
export function offeredBlocks(scenario: Scenario, state: KnowledgeState, roleId: string, voice: Voice): Block[] {
  return scenario.communication.blocks.filter((b) => b.voices.includes(voice) && blockOffered(scenario, state, roleId, b));
}

/** The places at risk whose threat has reached the role. */
export function knownThreats(scenario: Scenario, state: KnowledgeState, roleId: string): Scenario['picture']['atRisk'] {
  return scenario.picture.atRisk.filter((a) => knows(state, roleId, threatKey(a.id)));
}

/**
 * A neutral order for the blocks on a participant's screen: authors list facts first and traps last, so the
 * scenario's order would give the answer away. Shuffled by a hash of the session seed and the block id —
 * the same on every screen and every redraw of one session.
 */
export function neutralOrder<T extends { readonly id: string }>(seed: string, items: readonly T[]): T[] {
  const rank = (id: string): number => {
    let h = 0x811c9dc5;
    const s = `${seed}\u0000${id}`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  };
  return items.map((item) => ({ item, r: rank(item.id) })).sort((a, b) => a.r - b.r || (a.item.id < b.item.id ? -1 : 1)).map((x) => x.item);
}
