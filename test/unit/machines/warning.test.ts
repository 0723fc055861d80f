import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { warningMachine, type WarningEvent } from '../../../src/engine/machines/warning.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(warningMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: WarningEvent) => transition(warningMachine, s, e)[0];

describe('warning machine (NL-Alert)', () => {
  it('puts an alert in force with its area, advice and time', () => {
    const s = send(start(), { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 14 });
    expect(s.value).toBe('inForce');
    expect(s.context).toEqual({ area: 'centre', advice: 'stay-inside', sentAt: 14, withdrawnAt: null });
  });

  it('replaces the alert in force with a follow-up', () => {
    let s = send(start(), { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 14 });
    s = send(s, { type: 'SEND', area: 'station', advice: 'avoid-area', office: 'chairSafetyRegion', minute: 30 });
    expect(s.context).toMatchObject({ area: 'station', advice: 'avoid-area', sentAt: 30 });
  });

  it('withdraws the advice and can put a new one in force afterwards', () => {
    let s = send(start(), { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 14 });
    s = send(s, { type: 'WITHDRAW', office: 'mayor', minute: 60 });
    expect(s.value).toBe('withdrawn');
    expect(s.context.withdrawnAt).toBe(60);
    s = send(s, { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 70 });
    expect(s.value).toBe('inForce');
    expect(s.context.withdrawnAt).toBeNull();
  });

  it('refuses an alert from the communication adviser, and a withdrawal with nothing in force', () => {
    expect(start().can({ type: 'SEND', area: 'a', advice: 'b', office: 'municipalCommunication', minute: 1 })).toBe(false);
    expect(start().can({ type: 'WITHDRAW', office: 'mayor', minute: 1 })).toBe(false);
  });

  it('reaches every state (path coverage)', () => {
    const events: WarningEvent[] = [
      { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 1 },
      { type: 'WITHDRAW', office: 'mayor', minute: 2 },
    ];
    expect([...reachedLeaves(warningMachine, events)].sort()).toEqual(declaredLeaves(warningMachine));
  });
});
