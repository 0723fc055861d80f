import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../src/engine/scenario/vocabulary.js';
import { rollUp, type CriterionResult, type WeightedResult } from '../../../src/engine/strategy/index.js';

/** `met` criteria with weight `met` and `notMet` ones with weight `notMet`: the score is met / (met + notMet). */
const split = (met: number, notMet: number): WeightedResult[] => [
  { criterion: 'C01', result: 'met', weight: met },
  { criterion: 'C02', result: 'notMet', weight: notMet },
];

describe('rollUp (DOMAIN.md §7)', () => {
  it('rates P when every applicable criterion is met', () => {
    expect(
      rollUp([
        { criterion: 'C01', result: 'met', weight: 1 },
        { criterion: 'C06', result: 'met', weight: 2 },
        { criterion: 'C11', result: 'notApplicable', weight: 5 },
      ]),
    ).toEqual({ rating: 'P', score: 1 });
  });

  it('rates S at exactly 0.75', () => {
    expect(rollUp(split(3, 1))).toEqual({ rating: 'S', score: 0.75 });
  });

  it('rates M just below S, at 0.74', () => {
    expect(rollUp(split(74, 26))).toEqual({ rating: 'M', score: 0.74 });
  });

  it('rates M at exactly 0.40', () => {
    expect(rollUp(split(2, 3))).toEqual({ rating: 'M', score: 0.4 });
  });

  it('rates U just below M, at 0.39', () => {
    expect(rollUp(split(39, 61))).toEqual({ rating: 'U', score: 0.39 });
  });

  it('rates U when nothing applicable was met', () => {
    expect(rollUp([{ criterion: 'C05', result: 'notMet', weight: 1 }])).toEqual({ rating: 'U', score: 0 });
  });

  it('says "not exercised" when no criterion applied, or none was scored', () => {
    expect(rollUp([{ criterion: 'C15', result: 'notApplicable', weight: 1 }])).toEqual({ rating: 'notExercised', score: null });
    expect(rollUp([])).toEqual({ rating: 'notExercised', score: null });
  });

  it('counts a partly met criterion as half', () => {
    expect(rollUp([{ criterion: 'C01', result: 'partly', weight: 1 }])).toEqual({ rating: 'M', score: 0.5 });
    expect(
      rollUp([
        { criterion: 'C01', result: 'met', weight: 1 },
        { criterion: 'C02', result: 'partly', weight: 1 },
      ]),
    ).toEqual({ rating: 'S', score: 0.75 });
  });

  it('weighs criteria by their weight', () => {
    expect(rollUp(split(3, 1)).rating).toBe('S');
    expect(rollUp(split(1, 3))).toEqual({ rating: 'U', score: 0.25 });
  });

  it('never rates P with a criterion partly met, however small its weight', () => {
    expect(
      rollUp([
        { criterion: 'C01', result: 'met', weight: 1000 },
        { criterion: 'C02', result: 'partly', weight: 0.001 },
      ]).rating,
    ).toBe('S');
  });

  it('leaves not-applicable criteria out of the mean', () => {
    expect(rollUp([...split(3, 1), { criterion: 'C09', result: 'notApplicable', weight: 100 }])).toEqual({ rating: 'S', score: 0.75 });
  });

  it('does not let floating-point drift move a rating across a boundary', () => {
    // 0.1 + 1.1 met, 0.3 partly, 0.3 not met is exactly 0.75; summed naively it is 0.7499999999999999.
    expect(
      rollUp([
        { criterion: 'C01', result: 'met', weight: 0.1 },
        { criterion: 'C02', result: 'met', weight: 1.1 },
        { criterion: 'C03', result: 'partly', weight: 0.3 },
        { criterion: 'C04', result: 'notMet', weight: 0.3 },
      ]),
    ).toEqual({ rating: 'S', score: 0.75 });
  });

  it('refuses a weight that is not a positive number', () => {
    expect(() => rollUp(split(1, 0))).toThrow(RangeError);
    expect(() => rollUp(split(1, Number.NaN))).toThrow(/C02/);
  });

  it('never rates lower when one result improves', () => {
    const order = ['U', 'M', 'S', 'P'];
    const better: Record<CriterionResult, CriterionResult | null> = { notMet: 'partly', partly: 'met', met: null, notApplicable: null };
    const result = fc.record({
      criterion: fc.constantFrom(...CRITERIA),
      result: fc.constantFrom<CriterionResult>('met', 'partly', 'notMet', 'notApplicable'),
      weight: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 8 }), fc.nat(), (results, pick) => {
        const index = pick % results.length;
        const chosen = results[index]!;
        const improved = better[chosen.result];
        fc.pre(improved !== null);
        const after = results.map((r, i) => (i === index ? { ...r, result: improved! } : r));
        const before = rollUp(results);
        const next = rollUp(after);
        expect(next.score!).toBeGreaterThanOrEqual(before.score!);
        expect(order.indexOf(next.rating)).toBeGreaterThanOrEqual(order.indexOf(before.rating));
      }),
      { numRuns: 200 },
    );
  });
});
