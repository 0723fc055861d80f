// The values a number in a condition can take in some play: the clock, the round, the GRIP level, the
// threat levels and each state variable. A domain is a union of closed intervals; whole-number domains
// (clock, round, levels) only hold integers. Over-approximated on purpose: a value left out would let the
// linter call a reachable condition impossible.
import type { Comparison } from '../scenario/schema.js';
import { compare } from '../session/conditions.js';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export interface Domain {
  readonly intervals: readonly Interval[];
  readonly integer: boolean;
}

export const span = (lo: number, hi: number, integer = false): Domain => ({ intervals: lo <= hi ? [{ lo, hi }] : [], integer });

export const points = (values: Iterable<number>, integer = true): Domain => ({
  intervals: [...new Set(values)].sort((a, b) => a - b).map((v) => ({ lo: v, hi: v })),
  integer,
});

export interface Bound {
  readonly op: Comparison;
  readonly value: number;
}

/** The few values worth testing: where a comparison with one of these constants can change its answer. */
function candidates(domain: Domain, constants: readonly number[]): number[] {
  const out = new Set<number>();
  for (const { lo, hi } of domain.intervals) {
    const inside = (v: number) => v >= lo && v <= hi;
    const here = [lo, hi];
    for (const c of constants) {
      if (domain.integer) here.push(Math.floor(c) - 1, Math.floor(c), Math.ceil(c), Math.ceil(c) + 1);
      else here.push(c);
    }
    const sorted = [...new Set(here.filter(inside))].sort((a, b) => a - b);
    for (const v of sorted) out.add(v);
    // Between two constants a real-valued domain has a point equal to neither: the midpoint stands for it.
    if (!domain.integer) for (let i = 1; i < sorted.length; i++) out.add(((sorted[i - 1] ?? 0) + (sorted[i] ?? 0)) / 2);
  }
  return [...out];
}

/** Whether some value of the domain satisfies every bound at once. */
export function satisfiable(domain: Domain, bounds: readonly Bound[]): boolean {
  const values = candidates(
    domain,
    bounds.map((b) => b.value),
  );
  return values.some((v) => bounds.every((b) => compare(v, b.op, b.value)));
}

export function describeDomain(domain: Domain): string {
  if (domain.intervals.length === 0) return 'no value';
  return domain.intervals.map(({ lo, hi }) => (lo === hi ? String(lo) : `${lo}…${hi}`)).join(', ');
}
