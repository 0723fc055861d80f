// Summary statistics and timing loops for the bench. Figures are medians of repeated runs, because the
// machines this runs on are shared: a median shrugs off the odd run another job slowed down.

export const now = (): number => performance.now();

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0–100); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export interface Repeat {
  /** Always at least this many runs. */
  readonly min: number;
  /** Never more than this many runs. */
  readonly max: number;
  /** Keep going (up to max) until this much time went by. */
  readonly ms: number;
}

/** Time `fn` repeatedly; returns each run's milliseconds. */
export function timeRuns(fn: () => void, repeat: Repeat): number[] {
  const samples: number[] = [];
  const started = now();
  while (samples.length < repeat.min || (samples.length < repeat.max && now() - started < repeat.ms)) {
    const t0 = now();
    fn();
    samples.push(now() - t0);
  }
  return samples;
}

/** The median milliseconds of `fn` over the runs. */
export function medianMs(fn: () => void, repeat: Repeat): number {
  return median(timeRuns(fn, repeat));
}

/**
 * How a figure grows with size: the exponent k in t ∝ n^k between two sizes. About 1 is linear, about 2
 * quadratic, about 0 flat. Null when a time is zero (too small to say).
 */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number | null {
  if (!(t1 > 0) || !(t2 > 0) || n1 === n2) return null;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/**
 * The exponent k fitted over every size at once (least squares of log t against log n): one number per
 * figure, less moved by one noisy size than the step-by-step exponents. Null with fewer than two usable sizes.
 */
export function fittedExponent(sizes: readonly number[], values: readonly number[]): number | null {
  const points = sizes.flatMap((n, i) => {
    const t = values[i];
    return n > 0 && t !== undefined && t > 0 ? [[Math.log(n), Math.log(t)] as const] : [];
  });
  if (points.length < 2) return null;
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}
