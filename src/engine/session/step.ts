// One command's worth of change. The reducer works on a private copy of the state (a draft) and
// collects the events it causes; the caller only ever sees the finished, immutable result.
import type { Scenario, VisibilityT } from '../scenario/schema.js';
import { indexOf, type ScenarioIndex } from './lookup.js';
import { drawKey, keyedUniform } from './random.js';
import { knows as knowsNow, knowsLookupFor } from '../knowledge/store.js';
import type { EngineEvent, ExerciseState, KnowledgeEntry, Refusal } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MutableRecord<T> = T extends Readonly<Record<string, infer V>> ? Record<string, V> : never;

/** The state under construction: the collections this step copied may be written directly. */
export type Draft = Omit<
  Mutable<ExerciseState>,
  'variables' | 'delivered' | 'decisions' | 'rumours' | 'facts' | 'actionsTaken' | 'draws' | 'board' | 'turn'
> & {
  variables: MutableRecord<ExerciseState['variables']>;
  delivered: MutableRecord<ExerciseState['delivered']>;
  decisions: MutableRecord<ExerciseState['decisions']>;
  rumours: MutableRecord<ExerciseState['rumours']>;
  facts: MutableRecord<ExerciseState['facts']>;
  actionsTaken: MutableRecord<ExerciseState['actionsTaken']>;
  draws: MutableRecord<ExerciseState['draws']>;
  board: Mutable<ExerciseState['board']>;
  turn: Mutable<ExerciseState['turn']>;
};

type OwnedKey = 'variables' | 'delivered' | 'decisions' | 'rumours' | 'facts' | 'actionsTaken' | 'draws' | 'board';

const OWN_BIT: Readonly<Record<OwnedKey, number>> = { variables: 1, delivered: 2, decisions: 4, rumours: 8, facts: 16, actionsTaken: 32, draws: 64, board: 128 };

export class Step {
  readonly s: Draft;
  readonly idx: ScenarioIndex;
  /** The events this step caused, added to the state's list when it finishes (a refused step adds none). */
  readonly events: EngineEvent[] = [];
  private nextSeq: number;

  constructor(
    readonly scenario: Scenario,
    /** The state the step started from: never written, so a record still identical to its record is unchanged. */
    readonly before: ExerciseState,
    /** The log position of the command being applied (-1 while creating the session). */
    readonly cause: number,
  ) {
    this.idx = indexOf(scenario);
    // Only the top level is copied here; each record is copied the first time this step writes to it
    // (own()), so a command that changes little — or is refused — copies little.
    this.s = { ...before } as Draft;
    this.nextSeq = before.events.length;
  }

  /** Which records this step has copied, one bit each (OWN_BIT): no set to make for every command. */
  private owned = 0;

  /** The draft's own copy of a record, made on first write: write through this, read through `s`. */
  own<K extends OwnedKey>(key: K): Draft[K] {
    const bit = OWN_BIT[key];
    if ((this.owned & bit) === 0) {
      this.owned |= bit;
      (this.s as Record<OwnedKey, unknown>)[key] = { ...this.s[key] };
    }
    return this.s[key];
  }

  /** How many events the state will hold if the step finishes now: the next event's number. */
  get eventCount(): number {
    return this.nextSeq;
  }

  emit(kind: string, visibility: VisibilityT, data: Record<string, unknown>): EngineEvent {
    const e: EngineEvent = { seq: this.nextSeq++, minute: this.s.minute, round: this.s.round, cause: this.cause, visibility, kind, data };
    this.events.push(e);
    return e;
  }

  /** A keyed seeded draw; every random outcome is an event with its probability, roll and visibility. */
  roll(purpose: string, id: string, probability: number | null, visibility: VisibilityT, label?: Record<string, unknown>): number {
    const key = drawKey(purpose, id);
    const occurrence = this.s.draws[key] ?? 0;
    const value = keyedUniform(this.s.seed, purpose, id, occurrence);
    // The step owns its copy of the counters: advance it in place rather than copying it per draw.
    this.own('draws')[key] = occurrence + 1;
    this.emit('roll', visibility, { purpose, id, occurrence, roll: value, probability, success: probability === null ? null : value < probability, ...label });
    return value;
  }

  /** A role learns a key at an event; the first time counts, later lessons change nothing. */
  learn(role: string, key: string, event: EngineEvent): void {
    // The knowledge list shares its storage and its (role, key) index with the states before: appending
    // costs one entry, and the list is bounded by roles × keys, so even a branch copies little.
    if (knowsNow(this.s, role, key)) return;
    this.s.knowledge = this.s.knowledge.append({ role, key, minute: this.s.minute, event: event.seq });
  }

  /**
   * Every role learns every key at an event (first time counts), in that order: the same entries as
   * `learn` for each pair, appended at once. Sharing a picture asks this for hundreds of pairs per command.
   */
  learnAll(roles: readonly string[], keys: readonly string[], event: EngineEvent, keysDistinct = false): void {
    if (roles.length === 0 || keys.length === 0) return;
    // A role or key listed twice adds nothing the first mention did not: without repeats every (role, key) pair is
    // met once, so the pairs added in this call need no set of their own (a string per pair was most of the cost).
    const uniqueRoles = roles.length > 1 ? withoutRepeats(roles) : roles;
    // `keysDistinct`: the caller read the keys from one role's knowledge, where each key is once.
    const uniqueKeys = keys.length > 1 && !keysDistinct ? withoutRepeats(keys) : keys;
    const added: KnowledgeEntry[] = [];
    for (const role of uniqueRoles) {
      const known = knowsLookupFor(this.s, role);
      for (const key of uniqueKeys) {
        if (!known(key)) added.push({ role, key, minute: this.s.minute, event: event.seq });
      }
    }
    if (added.length > 0) this.s.knowledge = this.s.knowledge.concat(added);
  }

  finish(): ExerciseState {
    // Appended once, at the end: the list shares its storage with the state before, so a step that is
    // refused (or a state that is dropped) leaves that storage as it was.
    this.s.events = this.s.events.concat(this.events);
    return this.s;
  }
}

/** The items in the order of their first mention, each once (the list itself when nothing repeats). */
function withoutRepeats(items: readonly string[]): readonly string[] {
  const seen = new Set(items);
  return seen.size === items.length ? items : [...seen];
}

/** Thrown inside a step to abandon the command; applyCommand turns it into a refusal. Never escapes the engine. */
export class RefusalSignal {
  constructor(readonly refusal: Refusal) {}
}

export function refuse(code: string, params: Record<string, string | number> = {}): never {
  throw new RefusalSignal({ code, params });
}
