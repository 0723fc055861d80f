import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { incidentMachine, type IncidentEvent } from '../../../src/engine/machines/incident.js';
import { INCIDENT_STAGES } from '../../../src/engine/scenario/vocabulary.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(incidentMachine)[0];
const step = (s: ReturnType<typeof start>, e: IncidentEvent) => transition(incidentMachine, s, e)[0];

describe('incident machine', () => {
  it('starts quiet and is notified by the first-notification inject, without an office', () => {
    const s = step(start(), { type: 'NOTIFY', minute: 3 });
    expect(s.value).toBe('notified');
    expect(s.context.notifiedAt).toBe(3);
  });

  it('runs notified → confirmed → contained → recovery → closed, stamping each minute', () => {
    let s = step(start(), { type: 'NOTIFY', minute: 1 });
    s = step(s, { type: 'CONFIRM', office: 'policeChief', minute: 5 });
    s = step(s, { type: 'CONTAIN', office: 'chiefPublicProsecutor', minute: 40 });
    s = step(s, { type: 'START_RECOVERY', office: 'mayor', minute: 90 });
    s = step(s, { type: 'CLOSE', minute: 120 });
    expect(s.value).toBe('closed');
    expect(s.context).toEqual({ notifiedAt: 1, confirmedAt: 5, containedAt: 40, recoveryAt: 90, closedAt: 120 });
  });

  it('cannot confirm what has not been notified', () => {
    const s = start();
    expect(s.can({ type: 'CONFIRM', office: 'mayor', minute: 1 })).toBe(false);
    expect(step(s, { type: 'CONFIRM', office: 'mayor', minute: 1 }).value).toBe('quiet');
  });

  it('refuses a confirmation from an office without that power', () => {
    const s = step(start(), { type: 'NOTIFY', minute: 1 });
    expect(s.can({ type: 'CONFIRM', office: 'ghor', minute: 2 })).toBe(false);
    expect(s.can({ type: 'CONFIRM', office: 'mayor', minute: 2, narrowed: ['scale'] })).toBe(false);
  });

  it('cannot start recovery while the threat is not declared over', () => {
    let s = step(start(), { type: 'NOTIFY', minute: 1 });
    s = step(s, { type: 'CONFIRM', office: 'nctv', minute: 2 });
    expect(s.can({ type: 'START_RECOVERY', office: 'mayor', minute: 3 })).toBe(false);
  });

  it('reaches every stage (path coverage)', () => {
    const events: IncidentEvent[] = [
      { type: 'NOTIFY', minute: 1 },
      { type: 'CONFIRM', office: 'mayor', minute: 2 },
      { type: 'CONFIRM', office: 'ghor', minute: 2 },
      { type: 'CONTAIN', office: 'policeChief', minute: 3 },
      { type: 'CONTAIN', office: 'mayor', minute: 3 },
      { type: 'START_RECOVERY', office: 'chairSafetyRegion', minute: 4, situation: { grip: 4 } },
      { type: 'CLOSE', minute: 5 },
    ];
    expect([...reachedLeaves(incidentMachine, events)].sort()).toEqual(declaredLeaves(incidentMachine));
    expect(declaredLeaves(incidentMachine)).toEqual([...INCIDENT_STAGES].sort());
  });

  it('starts recovery by the mayor, and under GRIP 4 by the chair instead (art. 39 Wvr)', () => {
    const contained = [{ type: 'NOTIFY' as const, minute: 1 }, { type: 'CONFIRM' as const, office: 'mayor' as const, minute: 2 }, { type: 'CONTAIN' as const, office: 'policeChief' as const, minute: 3 }].reduce(
      (snap, e) => transition(incidentMachine, snap, e)[0],
      initialTransition(incidentMachine)[0],
    );
    expect(contained.can({ type: 'START_RECOVERY', office: 'chairSafetyRegion', minute: 4 })).toBe(false);
    expect(contained.can({ type: 'START_RECOVERY', office: 'mayor', minute: 4, situation: { grip: 4 } })).toBe(false);
    expect(contained.can({ type: 'START_RECOVERY', office: 'chairSafetyRegion', minute: 4, situation: { grip: 4 } })).toBe(true);
  });

  it('stops short of containment when only unauthorised offices try', () => {
    const events: IncidentEvent[] = [
      { type: 'NOTIFY', minute: 1 },
      { type: 'CONFIRM', office: 'mayor', minute: 2 },
      { type: 'CONTAIN', office: 'mayor', minute: 3 },
    ];
    expect(reachedLeaves(incidentMachine, events)).toEqual(new Set(['quiet', 'notified', 'confirmed']));
  });
});
