import { describe, expect, it } from 'vitest';
import { frameStats, percentile } from '../../../src/board/frame-stats.js';

describe('frameStats', () => {
  it('reports the median and p95 over the last frames only', () => {
    const stats = frameStats(100);
    for (let i = 0; i < 50; i++) stats.record(1000);
    for (let i = 1; i <= 100; i++) stats.record(i);
    expect(stats.summary()).toEqual({ frames: 100, medianMs: 50, p95Ms: 95, maxMs: 100 });
    stats.reset();
    expect(stats.summary().frames).toBe(0);
  });

  it('uses the nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
    expect(percentile([], 50)).toBe(0);
  });
});
