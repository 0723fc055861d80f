// Reading the events without walking them all: indexes by kind, and by a field of one kind's data (the
// event of a message, a decision, a variable). Built once per event storage and extended as it grows
// (session/append-list.ts), so scoring and views cost what they find, not the length of the exercise.
import type { KeyOf } from './append-list.js';
import type { EngineEvent, ExerciseState } from './types.js';

export const kindOf = (e: EngineEvent): string => e.kind;

// Kind → field → index function: two lookups rather than a joined string per question (asked many times a command).
const fieldIndexes = new Map<string, Map<string, KeyOf<EngineEvent>>>();

/** The index of events of `kind` by the value of `data[field]` (the same function for the same pair). */
export function byField(kind: string, field: string): KeyOf<EngineEvent> {
  let byName = fieldIndexes.get(kind);
  if (!byName) fieldIndexes.set(kind, (byName = new Map()));
  let keyOf = byName.get(field);
  if (!keyOf) {
    keyOf = (e) => {
      if (e.kind !== kind) return undefined;
      const v = e.data[field];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    };
    byName.set(field, keyOf);
  }
  return keyOf;
}

/** The events of a kind, in order. */
export function eventsOfKind(state: Pick<ExerciseState, 'events'>, kind: string): EngineEvent[] {
  return state.events.where(kindOf, kind);
}

/** The events of a kind whose `data[field]` is `value`, in order. */
export function eventsWith(state: Pick<ExerciseState, 'events'>, kind: string, field: string, value: string | number): EngineEvent[] {
  return state.events.where(byField(kind, field), String(value));
}

/** The first event of a kind whose `data[field]` is `value`. */
export function firstWith(state: Pick<ExerciseState, 'events'>, kind: string, field: string, value: string | number, test?: (e: EngineEvent) => boolean): EngineEvent | undefined {
  return state.events.firstWhere(byField(kind, field), String(value), test);
}
