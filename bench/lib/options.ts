// How much work each section does: the full bench for the figures in docs/performance.md, or a tiny
// run (--quick) that only shows every part still works, for the test suite.
export interface BenchOptions {
  readonly quick: boolean;
  /** Roughly how long one timing loop may run, in milliseconds. */
  readonly loopMs: number;
  readonly seed: string;
}

export function benchOptions(quick: boolean): BenchOptions {
  return { quick, loopMs: quick ? 20 : 600, seed: 'bench' };
}
