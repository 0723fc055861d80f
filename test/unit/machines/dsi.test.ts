import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { dsiMachine, type DsiEvent } from '../../../src/engine/machines/dsi.js';
import { DSI_STAGES } from '../../../src/engine/scenario/vocabulary.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(dsiMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: DsiEvent) => transition(dsiMachine, s, e)[0];
const planned = () => send(send(start(), { type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 1 }), { type: 'PLAN', office: 'dsiHead', minute: 2 });

describe('DSI machine', () => {
  it('runs request → plan → approval → deployment → done, recording who approved', () => {
    let s = send(start(), { type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 5 });
    s = send(s, { type: 'PLAN', office: 'dsiHead', minute: 9 });
    s = send(s, { type: 'APPROVE', office: 'ministerJenV', minute: 12 });
    s = send(s, { type: 'DEPLOY', office: 'policeChief', minute: 13 });
    s = send(s, { type: 'COMPLETE', office: 'dsiHead', minute: 40 });
    expect(s.value).toBe('done');
    expect(s.context).toEqual({ requestedAt: 5, plannedAt: 9, approvedAt: 12, approvedBy: 'ministerJenV', deployedAt: 13, doneAt: 40 });
  });

  it('cannot deploy without an approved plan', () => {
    expect(planned().can({ type: 'DEPLOY', office: 'policeChief', minute: 3 })).toBe(false);
  });

  it('has the plan drawn up by the head of the DSI, not the police chief or the prosecutor (Regeling DSI art. 7(1))', () => {
    const requested = send(start(), { type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 1 });
    expect(requested.can({ type: 'PLAN', office: 'policeChief', minute: 2 })).toBe(false);
    expect(requested.can({ type: 'PLAN', office: 'chiefPublicProsecutor', minute: 2 })).toBe(false);
    expect(requested.can({ type: 'PLAN', office: 'dsiHead', minute: 2 })).toBe(true);
  });

  it('has the plan approved by whoever decides on the request, route-dependent (Regeling DSI art. 7(3))', () => {
    expect(planned().can({ type: 'APPROVE', office: 'policeChief', minute: 3 })).toBe(false);
    expect(planned().can({ type: 'APPROVE', office: 'ministerJenV', minute: 3 })).toBe(true);
    expect(planned().can({ type: 'APPROVE', office: 'chairCollegePg', minute: 3 })).toBe(false);
    const pgRoute = { dsiApproval: 'chairCollegePg' as const };
    expect(planned().can({ type: 'APPROVE', office: 'chairCollegePg', minute: 3, situation: pgRoute })).toBe(true);
    expect(planned().can({ type: 'APPROVE', office: 'ministerJenV', minute: 3, situation: pgRoute })).toBe(false);
  });

  it('is requested by the competent authority, not by the police chief (DOMAIN.md §4)', () => {
    expect(start().can({ type: 'REQUEST', office: 'policeChief', minute: 1 })).toBe(false);
    expect(start().can({ type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 1 })).toBe(true);
    expect(start().can({ type: 'REQUEST', office: 'mayor', minute: 1 })).toBe(true);
  });

  it('reaches every stage (path coverage)', () => {
    const events: DsiEvent[] = [
      { type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 1 },
      { type: 'REQUEST', office: 'policeChief', minute: 1 },
      { type: 'PLAN', office: 'dsiHead', minute: 1 },
      { type: 'APPROVE', office: 'ministerJenV', minute: 1 },
      { type: 'APPROVE', office: 'policeChief', minute: 1 },
      { type: 'DEPLOY', office: 'dsiHead', minute: 1 },
      { type: 'COMPLETE', office: 'chiefPublicProsecutor', minute: 1 },
    ];
    expect([...reachedLeaves(dsiMachine, events)].sort()).toEqual(declaredLeaves(dsiMachine));
    expect(declaredLeaves(dsiMachine)).toEqual([...DSI_STAGES].sort());
  });
});
