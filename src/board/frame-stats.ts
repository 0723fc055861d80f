// CPU time per frame (Phaser update + render), kept for the last frames only, for the bench
// (`window.__crisistafelBoard.frameStats()`). Never used for assertions: timing differs per machine.

export interface FrameSummary {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface FrameStats {
  record(ms: number): void;
  summary(): FrameSummary;
  reset(): void;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sortedAsc: readonly number[], p: number): number {
  if (sortedAsc.length === 0) return 0;
  const rank = Math.min(sortedAsc.length, Math.max(1, Math.ceil((p / 100) * sortedAsc.length)));
  return sortedAsc[rank - 1] as number;
}

export function frameStats(capacity = 600): FrameStats {
  const samples = new Float64Array(capacity);
  let count = 0;
  let next = 0;
  return {
    record(ms) {
      samples[next] = ms;
      next = (next + 1) % capacity;
      count = Math.min(capacity, count + 1);
    },
    summary() {
      const sorted = Array.from(samples.subarray(0, count)).sort((a, b) => a - b);
      return { frames: count, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1) ?? 0 };
    },
    reset() {
      count = 0;
      next = 0;
    },
  };
}
