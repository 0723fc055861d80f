import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { scalingModelOf } from '../../../src/engine/machines/scaling-model.js';
import { scalingMachine, type ScalingEvent } from '../../../src/engine/machines/scaling.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = (input = {}) => initialTransition(scalingMachine, input)[0];
type Snap = ReturnType<typeof start>;
const scale = (s: Snap, level: ScalingEvent['level'], office: ScalingEvent['office'], minute = 1) =>
  transition(scalingMachine, s, { type: 'SCALE', level, office, minute })[0];

const LEADERS = ['copiLeader', 'operationalLeader', 'mayor', 'chairSafetyRegion'] as const;
const ALL_SCALE_EVENTS: ScalingEvent[] = ([0, 1, 2, 3, 4, 5] as const).flatMap((level) =>
  [...LEADERS, 'policeChief' as const].map((office) => ({ type: 'SCALE' as const, level, office, minute: 1 })),
);
/** The same, in a crisis involving more than one safety region: only there is GRIP 5 possible. */
const CROSS_REGIONAL_EVENTS: ScalingEvent[] = ALL_SCALE_EVENTS.map((e) => ({ ...e, situation: { crossRegional: true } }));

describe('scaling machine', () => {
  it('starts at GRIP 0 with the standard model', () => {
    const s = start();
    expect(s.value).toBe('grip0');
    expect(s.context.model.kind).toBe('grip');
  });

  it('lets the mayor skip straight to GRIP 3 and records who declared it and when', () => {
    const s = scale(start(), 3, 'mayor', 12);
    expect(s.value).toBe('grip3');
    expect(s.context).toMatchObject({ level: 3, since: 12, declaredBy: 'mayor' });
  });

  it('does not move when the wrong office declares a level', () => {
    const s = scale(start(), 3, 'policeChief');
    expect(s.value).toBe('grip0');
    expect(s.context.since).toBeNull();
  });

  it('scales down by the leader of the current level, not by a lower one', () => {
    const at3 = scale(start(), 3, 'mayor');
    expect(scale(at3, 1, 'operationalLeader').value).toBe('grip3');
    expect(scale(at3, 1, 'mayor').value).toBe('grip1');
    expect(scale(scale(at3, 4, 'chairSafetyRegion'), 0, 'chairSafetyRegion').value).toBe('grip0');
  });

  it('does not re-declare the level it is at', () => {
    const at2 = scale(start(), 2, 'operationalLeader');
    expect(at2.can({ type: 'SCALE', level: 2, office: 'operationalLeader', minute: 3 })).toBe(false);
  });

  it('follows a custom regional model: its leaders, its levels', () => {
    const model = scalingModelOf({
      model: 'custom',
      levels: [
        { level: 1, label: 'Team ter plaatse', teams: ['CoPI'], led: 'copiLeader' },
        { level: 3, label: 'Bestuurlijk', teams: ['CoPI', 'RBT'], led: 'chairSafetyRegion' },
      ],
    });
    const s = start({ model });
    expect(scale(s, 3, 'mayor').value).toBe('grip0');
    expect(scale(s, 3, 'chairSafetyRegion').value).toBe('grip3');
    expect(scale(s, 2, 'operationalLeader').value).toBe('grip0');
    expect([...reachedLeaves(scalingMachine, ALL_SCALE_EVENTS, { model })].sort()).toEqual(['grip0', 'grip1', 'grip3']);
  });

  it('lets a custom region stand down to routine even when its model lists no level 0', () => {
    const model = scalingModelOf({ model: 'custom', levels: [{ level: 2, label: 'Regionaal', teams: ['ROT'], led: 'operationalLeader' }] });
    const at2 = scale(start({ model }), 2, 'operationalLeader');
    expect(at2.value).toBe('grip2');
    expect(scale(at2, 0, 'operationalLeader').value).toBe('grip0');
  });

  it('reaches every GRIP level (path coverage)', () => {
    expect([...reachedLeaves(scalingMachine, CROSS_REGIONAL_EVENTS, {})].sort()).toEqual(declaredLeaves(scalingMachine));
    expect(declaredLeaves(scalingMachine)).toEqual(['grip0', 'grip1', 'grip2', 'grip3', 'grip4', 'grip5']);
  });

  it('never reaches GRIP 5 with one safety region involved (DOMAIN.md §3: GRIP 5 is more than one region)', () => {
    expect([...reachedLeaves(scalingMachine, ALL_SCALE_EVENTS, {})].sort()).toEqual(['grip0', 'grip1', 'grip2', 'grip3', 'grip4']);
  });

  it('reaches no level at all when only the police chief tries', () => {
    const events = ALL_SCALE_EVENTS.filter((e) => e.office === 'policeChief');
    expect(reachedLeaves(scalingMachine, events, {})).toEqual(new Set(['grip0']));
  });
});
