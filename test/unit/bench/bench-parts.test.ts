// The bench's parts that decide what a figure means: the bare-XState baseline does the engine's machine
// work (no more, no less), generated scenarios are valid, and growth is read the right way round.
import { describe, expect, it } from 'vitest';
import { botSequence } from '../../../bench/engine/sequences.js';
import { flowEventsOf, recordScript, runBare } from '../../../bench/engine/xstate-baseline.js';
import { budgetStatus } from '../../../bench/lib/budgets.js';
import { Report, verdict } from '../../../bench/lib/report.js';
import { fittedExponent, growthExponent, percentile } from '../../../bench/lib/stats.js';
import { generateScenario, scenarioOfSize, scenarioText } from '../../../bench/scale/generate.js';
import { bundledScenarios } from '../../../bench/lib/scenarios.js';
import { loadScenario } from '../../../src/engine/index.js';
import type { EngineEvent } from '../../../src/engine/session/types.js';

const event = (kind: string): EngineEvent => ({ seq: 0, minute: 0, round: 0, cause: 0, visibility: 'public', kind, data: {} });

describe('the bare XState baseline', () => {
  const intro = bundledScenarios().find((b) => b.name === 'intro-market-square');
  if (!intro) throw new Error('intro-market-square is not bundled');

  it('reads the flow events a command caused from the events it emitted', () => {
    const trainer = { kind: 'trainer' } as const;
    expect(flowEventsOf({ type: 'beginRounds', actor: trainer }, [event('roundStarted')])).toEqual(['BEGIN', 'DELIVERED']);
    expect(flowEventsOf({ type: 'advance', actor: trainer }, [event('roundResolved'), event('deadlinePassed'), event('roundStarted')])).toEqual(['ADVANCE', 'NEXT', 'DELIVERED']);
    expect(flowEventsOf({ type: 'jump', minutes: 20, actor: trainer }, [event('roundResolved'), event('roundStarted'), event('roundResolved'), event('roundStarted')])).toEqual([
      'ADVANCE',
      'NEXT',
      'DELIVERED',
      'ADVANCE',
      'NEXT',
      'DELIVERED',
    ]);
    expect(flowEventsOf({ type: 'advance', actor: trainer }, [event('roundResolved'), event('exerciseEnded')])).toEqual(['ADVANCE', 'FINISH']);
    expect(flowEventsOf({ type: 'end', actor: trainer }, [event('exerciseEnded')])).toEqual(['END']);
  });

  it('records the machine transitions of a whole playthrough and replays them to where the engine ended', () => {
    const seq = botSequence('intro', intro.scenario, 'doctrine', 'parts', intro.hash);
    const script = recordScript(seq);
    const slots = new Set(script.transitions.map((t) => t.slot));
    // A doctrine playthrough moves the flow, scales up and publishes messages.
    expect(slots).toContain('flow');
    expect(slots).toContain('scaling');
    expect(slots).toContain('communication');
    const end = runBare(script);
    expect(end.flow.value).toBe('hotwash');
    // Recording leaves the machines as they were: a second recording sees exactly the same transitions.
    expect(recordScript(seq).transitions).toHaveLength(script.transitions.length);
  });
});

describe('generated scenarios', () => {
  it('load without errors at every shape the scale figures use', () => {
    for (const shape of [
      { injects: 10, roles: 3 },
      { injects: 100, roles: 30 },
      { injects: 250, roles: 6 },
    ]) {
      const r = loadScenario(scenarioText(generateScenario(shape)), 'generated.json');
      expect(r.ok, JSON.stringify(shape)).toBe(true);
      if (r.ok) {
        expect(r.scenario.injects).toHaveLength(shape.injects);
        expect(r.scenario.roles).toHaveLength(shape.roles);
      }
    }
  });

  it('reach the size asked for', () => {
    const { text } = scenarioOfSize(100 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(100 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(110 * 1024);
    expect(loadScenario(text, 'generated.json').ok).toBe(true);
  });
});

describe('reading figures', () => {
  it('gives the growth exponent: 1 for linear, 2 for quadratic, 0 for flat', () => {
    expect(growthExponent(10, 1, 100, 10)).toBeCloseTo(1);
    expect(growthExponent(10, 1, 100, 100)).toBeCloseTo(2);
    expect(growthExponent(100, 5, 1000, 5)).toBeCloseTo(0);
    expect(growthExponent(10, 0, 100, 5)).toBeNull();
    // Fitted over every size at once: exact on a clean power law, and between the steps on a noisy one.
    expect(fittedExponent([100, 1000, 10_000], [1, 10, 100])).toBeCloseTo(1);
    expect(fittedExponent([100, 1000, 10_000], [1, 100, 10_000])).toBeCloseTo(2);
    const noisy = fittedExponent([100, 1000, 10_000], [2, 35, 300]) as number;
    expect(noisy).toBeGreaterThan(growthExponent(1000, 35, 10_000, 300) as number);
    expect(noisy).toBeLessThan(growthExponent(100, 2, 1000, 35) as number);
    expect(fittedExponent([100], [1])).toBeNull();
  });

  it('names a growth by the worst step, against what the figure may do', () => {
    expect(verdict([0.9, 1.1], 1)).toBe('linear or better');
    expect(verdict([1.0, 2.0], 1)).toBe('quadratic or worse');
    expect(verdict([0.1, 0.2], 0)).toBe('flat');
    expect(verdict([0.1, 1.0], 0)).toBe('grows (≤ linear)');
    expect(verdict([null], 1)).toBe('too small to tell');
  });

  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([], 50)).toBe(0);
  });

  it('marks a figure within or over its budget, rates by "at least" and times by "at most"', () => {
    expect(budgetStatus('applyCommandP99', 0.4)).toBe('within');
    expect(budgetStatus('applyCommandP99', 0.6)).toBe('over');
    expect(budgetStatus('playthroughs', 250)).toBe('within');
    expect(budgetStatus('playthroughs', 150)).toBe('over');
    const report = new Report();
    const f = report.add('engine', { id: 'x', label: 'x', value: 2, unit: 'ms', baseline: { label: 'b', value: 0.5, unit: 'ms' }, budget: 'replay1000' });
    expect(f.ratio).toBe(4);
    expect(f.status).toBe('within');
  });
});
