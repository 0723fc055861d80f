// What each role knows and since when: an append-only list of entries in the exercise state, one per
// (role, key), written the first time the role learns the key. Appending keeps a command's cost small
// and the state plain, serialisable data; the lookup index is derived (never stored) and kept per list.
import type { ExerciseState, KnowledgeEntry } from '../session/types.js';

export type { KnowledgeEntry };

export interface KnownSince {
  /** Scenario minute the role learnt it. */
  readonly minute: number;
  /** Sequence number of the engine event that taught it. */
  readonly event: number;
}

type Index = ReadonlyMap<string, KnowledgeEntry>;

const indexes = new WeakMap<readonly KnowledgeEntry[], Index>();

const slot = (role: string, key: string): string => `${role}\u0000${key}`;

/**
 * The (role, key) → entry index of a knowledge list. A list that extends one already indexed (the step
 * appended to its parent's entries) reuses that work through `extendIndex`; anything else is indexed once.
 */
export function indexOfKnowledge(entries: readonly KnowledgeEntry[]): Index {
  let index = indexes.get(entries);
  if (!index) {
    const map = new Map<string, KnowledgeEntry>();
    for (const e of entries) if (!map.has(slot(e.role, e.key))) map.set(slot(e.role, e.key), e);
    indexes.set(entries, (index = map));
  }
  return index;
}

/** A copy of the parent list's index for a step to extend as it appends; registered with `rememberIndex`. */
export function extendIndex(parent: readonly KnowledgeEntry[]): Map<string, KnowledgeEntry> {
  return new Map(indexOfKnowledge(parent));
}

export function rememberIndex(entries: readonly KnowledgeEntry[], index: Map<string, KnowledgeEntry>): void {
  indexes.set(entries, index);
}

export function addToIndex(index: Map<string, KnowledgeEntry>, entry: KnowledgeEntry): void {
  index.set(slot(entry.role, entry.key), entry);
}

export function entryIn(index: Index, role: string, key: string): KnowledgeEntry | undefined {
  return index.get(slot(role, key));
}

/** Since when a role knows a key (the minute and the event that taught it), or undefined if it does not (yet). */
export function knownSince(state: Pick<ExerciseState, 'knowledge'>, roleId: string, key: string): KnownSince | undefined {
  const e = entryIn(indexOfKnowledge(state.knowledge), roleId, key);
  return e ? { minute: e.minute, event: e.event } : undefined;
}

export function knows(state: Pick<ExerciseState, 'knowledge'>, roleId: string, key: string): boolean {
  return entryIn(indexOfKnowledge(state.knowledge), roleId, key) !== undefined;
}

/** Everything one role knows, in the order it learnt it. */
export function knowledgeOf(state: Pick<ExerciseState, 'knowledge'>, roleId: string): readonly KnowledgeEntry[] {
  return state.knowledge.filter((e) => e.role === roleId);
}

/** For the trainer: which roles know a key, and since when. */
export function whoKnows(state: Pick<ExerciseState, 'knowledge'>, key: string): readonly KnowledgeEntry[] {
  return state.knowledge.filter((e) => e.key === key);
}
