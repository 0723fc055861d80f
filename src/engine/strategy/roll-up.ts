// The roll-up rule of DOMAIN.md §7, in the HSEEP rating terms trainers know: P performed without
// challenges, S with some challenges, M with major challenges, U unable to be performed.
import type { CriterionId } from '../scenario/vocabulary.js';

export type CriterionResult = 'met' | 'partly' | 'notMet' | 'notApplicable';
export type Rating = 'P' | 'S' | 'M' | 'U' | 'notExercised';

export interface WeightedResult {
  readonly criterion: CriterionId;
  readonly result: CriterionResult;
  /** The scenario's weight for this criterion; positive. */
  readonly weight: number;
}

export interface RollUp {
  readonly rating: Rating;
  /** Weighted mean over the applicable criteria (0–1), or null when none applied. */
  readonly score: number | null;
}

const VALUE: Readonly<Record<Exclude<CriterionResult, 'notApplicable'>, number>> = { met: 1, partly: 0.5, notMet: 0 };

export const THRESHOLD_S = 0.75;
export const THRESHOLD_M = 0.4;

// Sums of fractional weights drift (0.7499999999999999 for a true 0.75); rounding far below any weight an
// author would write keeps a rating from flipping on floating-point noise.
const PRECISION = 1e9;

export function rollUp(results: readonly WeightedResult[]): RollUp {
  let total = 0;
  let earned = 0;
  let allMet = true;
  for (const { criterion, result, weight } of results) {
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new RangeError(`Criterion ${criterion} has weight ${weight}; weights must be positive numbers.`);
    }
    if (result === 'notApplicable') continue;
    total += weight;
    earned += weight * VALUE[result];
    if (result !== 'met') allMet = false;
  }
  if (total === 0) return { rating: 'notExercised', score: null };
  const score = Math.round((earned / total) * PRECISION) / PRECISION;
  return { rating: allMet ? 'P' : score >= THRESHOLD_S ? 'S' : score >= THRESHOLD_M ? 'M' : 'U', score };
}

/** A critical task (HSEEP Exercise Evaluation Guide) that lowered an objective's rating, and to what. */
export interface CriticalCap {
  readonly criterion: CriterionId;
  readonly result: 'partly' | 'notMet';
  readonly cap: 'S' | 'M';
}

const ORDER: readonly Rating[] = ['P', 'S', 'M', 'U'];

/**
 * DOMAIN.md §7: a critical task not met caps its objective at M, partly met at S, whatever the mean says.
 * Only caps that lower the rating are reported, so the debrief can say which task capped it.
 */
export function capByCriticalTasks(rating: Rating, results: readonly (WeightedResult & { readonly critical: boolean })[]): { rating: Rating; caps: CriticalCap[] } {
  if (rating === 'notExercised') return { rating, caps: [] };
  let capped = rating;
  const caps: CriticalCap[] = [];
  for (const r of results) {
    if (!r.critical || (r.result !== 'partly' && r.result !== 'notMet')) continue;
    const cap = r.result === 'notMet' ? 'M' : 'S';
    if (ORDER.indexOf(rating) < ORDER.indexOf(cap)) caps.push({ criterion: r.criterion, result: r.result, cap });
    if (ORDER.indexOf(capped) < ORDER.indexOf(cap)) capped = cap;
  }
  return { rating: capped, caps };
}
