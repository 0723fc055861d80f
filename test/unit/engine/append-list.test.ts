// The exercise's log and events share their storage between states: every state must still see exactly
// its own items, whatever was appended to the states before or after it, and write the same JSON as an array.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/index.js';
import { AppendList, positionsIn, whereIn } from '../../../src/engine/session/append-list.js';

const parity = (n: number) => (n % 2 === 0 ? 'even' : 'odd');
const digits = (n: number) => [...new Set(String(n).split(''))];
const parityAndLast = (n: number) => [parity(n), String(n).slice(-1)] as const;

describe('AppendList', () => {
  it('keeps every version exactly as made, however versions are appended to and branched (against plain arrays)', () => {
    // Each step appends some numbers to one of the versions made so far (the newest, or an older one: a branch).
    const steps = fc.array(fc.record({ from: fc.nat(), items: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 4 }) }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(steps, (plan) => {
        const lists: AppendList<number>[] = [AppendList.empty()];
        const arrays: number[][] = [[]];
        for (const { from, items } of plan) {
          const i = from % lists.length;
          lists.push((lists[i] as AppendList<number>).append(...items));
          arrays.push([...(arrays[i] as number[]), ...items]);
          // Ask the indexes now and then, so they are built part-way and extended later.
          if (items.length % 2 === 0) (lists[i] as AppendList<number>).where(parity, 'odd');
        }
        lists.forEach((list, i) => {
          const array = arrays[i] as number[];
          expect(list.length).toBe(array.length);
          expect([...list]).toEqual(array);
          expect(list.toArray()).toEqual(array);
          expect(JSON.stringify(list)).toBe(JSON.stringify(array));
          expect(list.at(-1)).toBe(array.at(-1));
          expect(list.slice(1, -1)).toEqual(array.slice(1, -1));
          for (const key of ['even', 'odd']) {
            expect(list.where(parity, key)).toEqual(array.filter((n) => parity(n) === key));
            expect(list.countWhere(parity, key)).toBe(array.filter((n) => parity(n) === key).length);
            expect(list.firstWhere(parity, key, (n) => n > 50)).toBe(array.find((n) => parity(n) === key && n > 50));
          }
          // An item with several keys is found under each, once.
          for (const d of ['1', '5']) expect(list.where(digits, d)).toEqual(array.filter((n) => String(n).includes(d)));
          expect(whereIn(array, digits, '7')).toEqual(list.where(digits, '7'));
          // Positions through the index equal positions found by a scan, on the list and on a prefix of it.
          const scan = (a: number[], d: string) => a.flatMap((n, p) => (String(n).includes(d) ? [p] : []));
          expect(list.positionsWhere(digits, '3')).toEqual(scan(array, '3'));
          expect(positionsIn(array, digits, '3')).toEqual(scan(array, '3'));
          const half = Math.floor(array.length / 2);
          expect([...list.prefix(half)]).toEqual(array.slice(0, half));
          expect(list.prefix(half).positionsWhere(digits, '3')).toEqual(scan(array.slice(0, half), '3'));
          // The pair index finds the first item with both keys, never one past the list's end.
          for (const [p, d] of [['odd', '1'], ['even', '4'], ['odd', '9']] as const) {
            expect(list.firstWithPair(parityAndLast, p, d)).toBe(array.find((n) => parity(n) === p && String(n).endsWith(d)));
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('appends to the newest version without copying, and copies only to branch from an older one', () => {
    const a = AppendList.from([1, 2]);
    const b = a.append(3);
    const c = b.append(4);
    // Branching from b after c exists: b's storage is c's, so the branch copies b's three items.
    const d = b.append(5);
    expect([...a, '|', ...b, '|', ...c, '|', ...d]).toEqual([1, 2, '|', 1, 2, 3, '|', 1, 2, 3, 4, '|', 1, 2, 3, 5]);
    expect(a.append()).toBe(a);
  });

  it('writes canonical JSON as the array, and compares in tests by its items', () => {
    const state = { events: AppendList.from([{ seq: 0, kind: 'x' }]), log: AppendList.empty() };
    expect(canonicalJson(state)).toBe(canonicalJson({ events: [{ seq: 0, kind: 'x' }], log: [] }));
    const longer = AppendList.from([1, 2, 3]);
    const shorter = AppendList.from([1, 2]);
    expect(longer).not.toEqual(shorter);
    expect(shorter.append(3)).toEqual(longer);
    // The same items behind different storage are equal; an item more behind the same storage does not count.
    const base = AppendList.from([1, 2]);
    base.append(9);
    expect(base).toEqual(AppendList.from([1, 2]));
  });
});
