// What each role knows and since when: an append-only list of entries in the exercise state, one per
// (role, key), written the first time the role learns the key. The list shares its storage with the states
// before it (an AppendList), so appending keeps a command's cost small; its JSON is the plain array, and the
// lookup indexes are derived (never stored), kept with the storage.
import type { ExerciseState, KnowledgeEntry } from '../session/types.js';

export type { KnowledgeEntry };

export interface KnownSince {
  /** Scenario minute the role learnt it. */
  readonly minute: number;
  /** Sequence number of the engine event that taught it. */
  readonly event: number;
}

// The indexes of the knowledge list (session/append-list.ts): kept with its storage, extended as it grows,
// shared by every state that shares the storage.
const bySlot = (e: KnowledgeEntry): readonly [string, string] => [e.role, e.key];
const byRole = (e: KnowledgeEntry): string => e.role;
const byKey = (e: KnowledgeEntry): string => e.key;

function entryOf(state: Pick<ExerciseState, 'knowledge'>, role: string, key: string): KnowledgeEntry | undefined {
  return state.knowledge.firstWithPair(bySlot, role, key);
}

/** Since when a role knows a key (the minute and the event that taught it), or undefined if it does not (yet). */
export function knownSince(state: Pick<ExerciseState, 'knowledge'>, roleId: string, key: string): KnownSince | undefined {
  const e = entryOf(state, roleId, key);
  return e ? { minute: e.minute, event: e.event } : undefined;
}

/** `knows` for many questions on one state (the index is brought up to date once). */
export function knowsLookup(state: Pick<ExerciseState, 'knowledge'>): (roleId: string, key: string) => boolean {
  const lookup = state.knowledge.pairLookup(bySlot);
  return (roleId, key) => lookup(roleId, key) !== undefined;
}

/** `knowsLookup` for one role: the keys it knows, asked one by one. */
export function knowsLookupFor(state: Pick<ExerciseState, 'knowledge'>, roleId: string): (key: string) => boolean {
  const lookup = state.knowledge.pairLookupFor(bySlot, roleId);
  return (key) => lookup(key) !== undefined;
}

export function knows(state: Pick<ExerciseState, 'knowledge'>, roleId: string, key: string): boolean {
  return entryOf(state, roleId, key) !== undefined;
}

/**
 * How many entries of a role the list holds: with the list's `storage`, a key for answers read from the role's
 * knowledge alone (`knows` for this role). Every list on the same storage holds the same entries before its
 * end, and a role's entries only grow, so two states with the same storage and count answer alike.
 */
export function knownCount(state: Pick<ExerciseState, 'knowledge'>, roleId: string): number {
  return state.knowledge.countWhere(byRole, roleId);
}

/**
 * The keys a role learnt after the first `skip` it knew, in the order it learnt them: through the index by role, so
 * asking for the few newest costs those few, not everything the role knows.
 */
export function keysLearntSince(state: Pick<ExerciseState, 'knowledge'>, roleId: string, skip: number): string[] {
  const positions = state.knowledge.positionsWhere(byRole, roleId);
  const keys: string[] = [];
  for (let i = Math.max(0, skip); i < positions.length; i++) keys.push((state.knowledge.at(positions[i] as number) as KnowledgeEntry).key);
  return keys;
}

/**
 * Whether something the role learnt after event `after` passes `test`: its entries read from the newest back,
 * without copying them out (they are in the order of the events that taught them).
 */
export function learntAfter(state: Pick<ExerciseState, 'knowledge'>, roleId: string, after: number, test: (entry: KnowledgeEntry) => boolean): boolean {
  const positions = state.knowledge.positionsWhere(byRole, roleId);
  for (let i = positions.length - 1; i >= 0; i--) {
    const entry = state.knowledge.at(positions[i] as number) as KnowledgeEntry;
    if (entry.event <= after) return false;
    if (test(entry)) return true;
  }
  return false;
}

/** Everything one role knows, in the order it learnt it. */
export function knowledgeOf(state: Pick<ExerciseState, 'knowledge'>, roleId: string): readonly KnowledgeEntry[] {
  return state.knowledge.where(byRole, roleId);
}

/** For the trainer: which roles know a key, and since when. */
export function whoKnows(state: Pick<ExerciseState, 'knowledge'>, key: string): readonly KnowledgeEntry[] {
  return state.knowledge.where(byKey, key);
}
