// The exercise's growing lists (the command log and the events) as immutable lists that share their
// storage: every state sees its own prefix of one array, and appending to the newest list pushes onto that
// array instead of copying it. A list that is appended to when a longer list already shares its storage
// (a branch: a fork, a command tried and dropped) copies its own prefix first, so no list ever sees items
// that are not its own. Replaying n commands therefore appends n times instead of copying O(n²) entries.
//
// Written as JSON (toJSON) it is the plain array, so canonical JSON, session bundles and saved states are
// exactly what they were with arrays. The private fields keep the storage out of Object.keys, so a test's
// deep equality compares the items (through the iterator), not the storage behind them.
//
// `where` answers "the items with this key" (events of a kind, the event of a message) from an index kept
// with the storage and extended incrementally as the storage grows, shared by every list that shares it.

/** What both a plain array and an AppendList offer: enough for code that only reads a list. */
export interface ListView<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
  slice(start?: number, end?: number): T[];
  map<U>(f: (item: T, index: number) => U): U[];
  filter(f: (item: T, index: number) => boolean): T[];
  find(f: (item: T, index: number) => boolean): T | undefined;
  some(f: (item: T, index: number) => boolean): boolean;
}

/** The key (or keys) an item is found under in an index; undefined: under none. */
export type KeyOf<T> = (item: T) => string | readonly string[] | undefined;

interface Index {
  /** Items of the storage indexed so far. */
  upTo: number;
  /** Key → positions in the storage, ascending. */
  readonly groups: Map<string, number[]>;
}

const indexes = new WeakMap<readonly unknown[], Map<KeyOf<never>, Index>>();

/** The two keys an item is found under in a pair index (a role and a knowledge key). */
export type PairOf<T> = (item: T) => readonly [string, string];

interface PairIndex {
  upTo: number;
  /** First key → second key → the first position holding that pair. */
  readonly first: Map<string, Map<string, number>>;
}

const pairIndexes = new WeakMap<readonly unknown[], Map<PairOf<never>, PairIndex>>();

export class AppendList<T> implements ListView<T> {
  readonly #store: T[];
  readonly #length: number;

  private constructor(store: T[], length: number) {
    this.#store = store;
    this.#length = length;
  }

  static empty<T>(): AppendList<T> {
    return new AppendList<T>([], 0);
  }

  /** A list of these items (copied: the list owns its storage). */
  static from<T>(items: Iterable<T>): AppendList<T> {
    const store = [...items];
    return new AppendList(store, store.length);
  }

  get length(): number {
    return this.#length;
  }

  /** This list with `items` after it; this list itself is unchanged. */
  append(...items: readonly T[]): AppendList<T> {
    return this.concat(items);
  }

  concat(items: readonly T[]): AppendList<T> {
    if (items.length === 0) return this;
    // Ours to extend only when no longer list shares the storage; else our prefix, copied.
    const store = this.#store.length === this.#length ? this.#store : this.#store.slice(0, this.#length);
    for (const item of items) store.push(item);
    return new AppendList(store, this.#length + items.length);
  }

  at(index: number): T | undefined {
    const i = index < 0 ? this.#length + index : index;
    return i >= 0 && i < this.#length ? this.#store[i] : undefined;
  }

  [Symbol.iterator](): Iterator<T> {
    const store = this.#store;
    const length = this.#length;
    let i = 0;
    return {
      next: (): IteratorResult<T> => (i < length ? { done: false, value: store[i++] as T } : { done: true, value: undefined }),
    };
  }

  /** The items as a new plain array. */
  toArray(): T[] {
    return this.#store.slice(0, this.#length);
  }

  /** JSON.stringify and canonical JSON write the plain array. */
  toJSON(): T[] {
    return this.toArray();
  }

  slice(start = 0, end = this.#length): T[] {
    const s = start < 0 ? Math.max(0, this.#length + start) : Math.min(start, this.#length);
    const e = end < 0 ? Math.max(0, this.#length + end) : Math.min(end, this.#length);
    return this.#store.slice(s, Math.max(s, e));
  }

  map<U>(f: (item: T, index: number) => U): U[] {
    const out: U[] = new Array<U>(this.#length);
    for (let i = 0; i < this.#length; i++) out[i] = f(this.#store[i] as T, i);
    return out;
  }

  filter(f: (item: T, index: number) => boolean): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.#length; i++) if (f(this.#store[i] as T, i)) out.push(this.#store[i] as T);
    return out;
  }

  find(f: (item: T, index: number) => boolean): T | undefined {
    for (let i = 0; i < this.#length; i++) if (f(this.#store[i] as T, i)) return this.#store[i];
    return undefined;
  }

  findLast(f: (item: T, index: number) => boolean): T | undefined {
    for (let i = this.#length - 1; i >= 0; i--) if (f(this.#store[i] as T, i)) return this.#store[i];
    return undefined;
  }

  some(f: (item: T, index: number) => boolean): boolean {
    for (let i = 0; i < this.#length; i++) if (f(this.#store[i] as T, i)) return true;
    return false;
  }

  findIndex(f: (item: T, index: number) => boolean): number {
    for (let i = 0; i < this.#length; i++) if (f(this.#store[i] as T, i)) return i;
    return -1;
  }

  flatMap<U>(f: (item: T, index: number) => U | readonly U[]): U[] {
    const out: U[] = [];
    for (let i = 0; i < this.#length; i++) {
      const r = f(this.#store[i] as T, i);
      if (Array.isArray(r)) out.push(...(r as U[]));
      else out.push(r as U);
    }
    return out;
  }

  reduce<U>(f: (acc: U, item: T, index: number) => U, initial: U): U {
    let acc = initial;
    for (let i = 0; i < this.#length; i++) acc = f(acc, this.#store[i] as T, i);
    return acc;
  }

  every(f: (item: T, index: number) => boolean): boolean {
    for (let i = 0; i < this.#length; i++) if (!f(this.#store[i] as T, i)) return false;
    return true;
  }

  forEach(f: (item: T, index: number) => void): void {
    for (let i = 0; i < this.#length; i++) f(this.#store[i] as T, i);
  }

  /**
   * The items whose key is `key`, in order. `keyOf` names the index: pass the same function every time
   * (a module constant); the index is built once per storage and extended as the storage grows, so asking
   * costs the number of items found, not the length of the list.
   */
  where(keyOf: KeyOf<T>, key: string): T[] {
    const positions = this.#positions(keyOf, key);
    const out: T[] = [];
    for (const p of positions) {
      if (p >= this.#length) break;
      out.push(this.#store[p] as T);
    }
    return out;
  }

  /** The first item whose key is `key` (and that passes `test`), through the same index as `where`. */
  firstWhere(keyOf: KeyOf<T>, key: string, test?: (item: T) => boolean): T | undefined {
    for (const p of this.#positions(keyOf, key)) {
      if (p >= this.#length) break;
      const item = this.#store[p] as T;
      if (test === undefined || test(item)) return item;
    }
    return undefined;
  }

  /** How many items have key `key`. */
  countWhere(keyOf: KeyOf<T>, key: string): number {
    return this.#countBelowLength(this.#positions(keyOf, key));
  }

  /**
   * The positions (ascending) of the items whose key is `key`: for a check that needs the latest such item,
   * or the order of items found under several keys. The newest list gets the index's own array (not copied).
   */
  positionsWhere(keyOf: KeyOf<T>, key: string): readonly number[] {
    const positions = this.#positions(keyOf, key);
    const n = this.#countBelowLength(positions);
    return n === positions.length ? positions : positions.slice(0, n);
  }

  /**
   * An object that stands for this list's storage: the same for every list that shares it (a longer list holds
   * the same items before this one's end). For facts read from a prefix that later lists can reuse, kept with the
   * length they were read at.
   */
  get storage(): object {
    return this.#store;
  }

  /** The first `n` items as a list sharing this list's storage and indexes. */
  prefix(n: number): AppendList<T> {
    return new AppendList(this.#store, Math.max(0, Math.min(n, this.#length)));
  }

  #countBelowLength(positions: readonly number[]): number {
    let lo = 0;
    let hi = positions.length;
    // Positions ascend: the items of this list are those before the first position past its end.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((positions[mid] as number) < this.#length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The first item under the pair of keys (a, b). Two levels of maps instead of one map of joined keys:
   * "does this role know this key" is asked thousands of times per command when a role shares its picture,
   * and joining two strings per question (and hashing the result) was most of that cost.
   */
  firstWithPair(pairOf: PairOf<T>, a: string, b: string): T | undefined {
    const p = this.#pairIndex(pairOf).first.get(a)?.get(b);
    return p !== undefined && p < this.#length ? this.#store[p] : undefined;
  }

  /**
   * `firstWithPair` for many questions on this list: the index is brought up to date once. The answers are
   * this list's, whatever is appended after (to it or to a list that shares its storage).
   */
  pairLookup(pairOf: PairOf<T>): (a: string, b: string) => T | undefined {
    const first = this.#pairIndex(pairOf).first;
    const store = this.#store;
    const length = this.#length;
    return (a, b) => {
      const p = first.get(a)?.get(b);
      return p !== undefined && p < length ? store[p] : undefined;
    };
  }

  /**
   * `pairLookup` with the first key fixed: the questions "does this role know each of these keys" read the role's
   * own map once instead of once per key.
   */
  pairLookupFor(pairOf: PairOf<T>, a: string): (b: string) => T | undefined {
    const second = this.#pairIndex(pairOf).first.get(a);
    if (second === undefined) return () => undefined;
    const store = this.#store;
    const length = this.#length;
    return (b) => {
      const p = second.get(b);
      return p !== undefined && p < length ? store[p] : undefined;
    };
  }

  #pairIndex(pairOf: PairOf<T>): PairIndex {
    const store = this.#store;
    let byPair = pairIndexes.get(store);
    if (!byPair) pairIndexes.set(store, (byPair = new Map()));
    let index = byPair.get(pairOf as PairOf<never>);
    if (!index) byPair.set(pairOf as PairOf<never>, (index = { upTo: 0, first: new Map() }));
    for (; index.upTo < store.length; index.upTo++) {
      const [x, y] = pairOf(store[index.upTo] as T);
      let second = index.first.get(x);
      if (!second) index.first.set(x, (second = new Map()));
      if (!second.has(y)) second.set(y, index.upTo);
    }
    return index;
  }

  #positions(keyOf: KeyOf<T>, key: string): readonly number[] {
    const store = this.#store;
    let byKey = indexes.get(store);
    if (!byKey) indexes.set(store, (byKey = new Map()));
    let index = byKey.get(keyOf as KeyOf<never>);
    if (!index) byKey.set(keyOf as KeyOf<never>, (index = { upTo: 0, groups: new Map() }));
    for (; index.upTo < store.length; index.upTo++) {
      const k = keyOf(store[index.upTo] as T);
      if (k === undefined) continue;
      for (const one of typeof k === 'string' ? [k] : k) {
        const group = index.groups.get(one);
        // An item with the same key twice is found once.
        if (group) {
          if (group[group.length - 1] !== index.upTo) group.push(index.upTo);
        } else index.groups.set(one, [index.upTo]);
      }
    }
    return index.groups.get(key) ?? [];
  }
}

/** The items of any list whose key is `key`: through the index of an AppendList, by a scan of an array. */
export function whereIn<T>(list: ListView<T>, keyOf: KeyOf<T>, key: string): T[] {
  if (list instanceof AppendList) return list.where(keyOf, key);
  return list.filter((item) => {
    const k = keyOf(item);
    return k === key || (k !== undefined && typeof k !== 'string' && k.includes(key));
  });
}

/** The positions of the items of any list whose key is `key`: through the index of an AppendList, by a scan of an array. */
export function positionsIn<T>(list: ListView<T>, keyOf: KeyOf<T>, key: string): readonly number[] {
  if (list instanceof AppendList) return list.positionsWhere(keyOf, key);
  const out: number[] = [];
  let i = 0;
  for (const item of list) {
    const k = keyOf(item);
    if (k === key || (k !== undefined && typeof k !== 'string' && k.includes(key))) out.push(i);
    i++;
  }
  return out;
}

/** A list as a plain array (a copy when it is an AppendList). */
export function toArray<T>(list: ListView<T>): T[] {
  return Array.isArray(list) ? [...(list as T[])] : list.slice();
}
