import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { senderOf, warningMachine, type WarningEvent } from '../../../src/engine/machines/warning.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(warningMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: WarningEvent) => transition(warningMachine, s, e)[0];

describe('warning machine (NL-Alert)', () => {
  it('puts an alert in force with its area, advice and time', () => {
    const s = send(start(), { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 14 });
    expect(s.value).toBe('inForce');
    expect(s.context).toEqual({ area: 'centre', advice: 'stay-inside', national: false, decidedBy: 'mayor', sentAt: 14, withdrawnAt: null });
  });

  it('replaces the alert in force with a follow-up', () => {
    let s = send(start(), { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 14 });
    s = send(s, { type: 'SEND', area: 'station', advice: 'avoid-area', office: 'chairSafetyRegion', minute: 30, situation: { grip: 4 } });
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

  it('a national NL-Alert is decided by the Minister of JenV and sent by the NCC (rijksoverheid.nl 2024)', () => {
    const national = { type: 'SEND' as const, area: 'country', advice: 'stay-inside', national: true, minute: 5 };
    expect(start().can({ ...national, office: 'mayor' })).toBe(false);
    const s = send(start(), { ...national, office: 'ministerJenV' });
    expect(s.context).toMatchObject({ national: true, decidedBy: 'ministerJenV' });
    expect(senderOf(s.context)).toBe('ncc');
    // its advice is withdrawn nationally, not by the mayor
    expect(s.can({ type: 'WITHDRAW', office: 'mayor', minute: 9 })).toBe(false);
    expect(s.can({ type: 'WITHDRAW', office: 'ministerJenV', minute: 9 })).toBe(true);
  });

  it('a regional NL-Alert is sent by the meldkamer; under GRIP 4 the chair decides it, not the mayor (art. 39 Wvr)', () => {
    const regional = { type: 'SEND' as const, area: 'centre', advice: 'stay-inside', minute: 5 };
    expect(senderOf(send(start(), { ...regional, office: 'mayor' }).context)).toBe('meldkamer');
    expect(start().can({ ...regional, office: 'mayor', situation: { grip: 4 } })).toBe(false);
    expect(start().can({ ...regional, office: 'chairSafetyRegion', situation: { grip: 4 } })).toBe(true);
    expect(start().can({ ...regional, office: 'chairSafetyRegion', situation: { grip: 3 } })).toBe(false);
  });

  it('reaches every state (path coverage)', () => {
    const events: WarningEvent[] = [
      { type: 'SEND', area: 'centre', advice: 'stay-inside', office: 'mayor', minute: 1 },
      { type: 'SEND', area: 'country', advice: 'stay-inside', national: true, office: 'ministerJenV', minute: 1 },
      { type: 'WITHDRAW', office: 'mayor', minute: 2 },
      { type: 'WITHDRAW', office: 'ministerJenV', minute: 2 },
    ];
    expect([...reachedLeaves(warningMachine, events)].sort()).toEqual(declaredLeaves(warningMachine));
  });
});
