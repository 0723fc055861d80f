import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { regionLevel, threatMachine, type ThreatEvent } from '../../../src/engine/machines/threat.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = (national: 1 | 2 | 3 | 4 | 5 = 4, region?: 1 | 2 | 3 | 4 | 5) =>
  initialTransition(threatMachine, region === undefined ? { national } : { national, region })[0];
type Snap = ReturnType<typeof start>;
const set = (s: Snap, scope: ThreatEvent['scope'], level: ThreatEvent['level'], office: ThreatEvent['office'] = 'nctv') =>
  transition(threatMachine, s, { type: 'SET', scope, level, office, minute: 1 })[0];

describe('threat machine', () => {
  it('starts from the scenario\'s levels; the region follows the country unless it stands higher', () => {
    expect(regionLevel(start(4).context)).toBe(4);
    expect(start(4, 5).context).toEqual({ national: 4, regionOverride: 5 });
    expect(start(4, 3).context).toEqual({ national: 4, regionOverride: null });
  });

  it('lets the NCTV raise the region to Kritiek while the country stays at Substantieel (Utrecht 2019)', () => {
    const s = set(start(4), 'region', 5);
    expect(s.context.national).toBe(4);
    expect(regionLevel(s.context)).toBe(5);
    // and back to 4 after the arrest: the region follows the country again
    expect(set(s, 'region', 4).context).toEqual({ national: 4, regionOverride: null });
  });

  it('refuses a threat level from a police role: only the NCTV sets it', () => {
    const s = start(4);
    expect(s.can({ type: 'SET', scope: 'national', level: 5, office: 'policeChief', minute: 1 })).toBe(false);
    expect(set(s, 'national', 5, 'policeChief').context.national).toBe(4);
  });

  it('never puts the region below the country', () => {
    const s = start(4);
    expect(s.can({ type: 'SET', scope: 'region', level: 3, office: 'nctv', minute: 1 })).toBe(false);
  });

  it('moves the region with the country when it has no level of its own, and keeps a higher own level', () => {
    expect(regionLevel(set(start(3), 'national', 4).context)).toBe(4);
    const own = set(start(3), 'region', 5);
    const raised = set(own, 'national', 4);
    expect(raised.context).toEqual({ national: 4, regionOverride: 5 });
    expect(set(own, 'national', 5).context).toEqual({ national: 5, regionOverride: null });
  });

  it('treats setting the level it already has as no change', () => {
    expect(start(4).can({ type: 'SET', scope: 'national', level: 4, office: 'nctv', minute: 1 })).toBe(false);
  });

  it('has one standing state, reached (path coverage)', () => {
    const events: ThreatEvent[] = ([1, 2, 3, 4, 5] as const).flatMap((level) => [
      { type: 'SET' as const, scope: 'national' as const, level, office: 'nctv' as const, minute: 1 },
      { type: 'SET' as const, scope: 'region' as const, level, office: 'nctv' as const, minute: 1 },
    ]);
    expect([...reachedLeaves(threatMachine, events, { national: 4 })]).toEqual(declaredLeaves(threatMachine));
  });
});
