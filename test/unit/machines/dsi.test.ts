import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { dsiMachine, type DsiEvent } from '../../../src/engine/machines/dsi.js';
import { DSI_STAGES } from '../../../src/engine/scenario/vocabulary.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(dsiMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: DsiEvent) => transition(dsiMachine, s, e)[0];

describe('DSI machine', () => {
  it('runs request → plan → approval → deployment → done, recording who approved', () => {
    let s = send(start(), { type: 'REQUEST', office: 'chiefPublicProsecutor', minute: 5 });
    s = send(s, { type: 'PLAN', office: 'policeChief', minute: 9 });
    s = send(s, { type: 'APPROVE', office: 'chairCollegePg', minute: 12 });
    s = send(s, { type: 'DEPLOY', office: 'policeChief', minute: 13 });
    s = send(s, { type: 'COMPLETE', office: 'policeChief', minute: 40 });
    expect(s.value).toBe('done');
    expect(s.context).toEqual({ requestedAt: 5, plannedAt: 9, approvedAt: 12, approvedBy: 'chairCollegePg', deployedAt: 13, doneAt: 40 });
  });

  it('cannot deploy without an approved plan', () => {
    let s = send(start(), { type: 'REQUEST', office: 'policeChief', minute: 1 });
    s = send(s, { type: 'PLAN', office: 'policeChief', minute: 2 });
    expect(s.can({ type: 'DEPLOY', office: 'policeChief', minute: 3 })).toBe(false);
  });

  it('refuses approval from the police chief: only the Minister of JenV or the chair of the College van PG', () => {
    let s = send(start(), { type: 'REQUEST', office: 'policeChief', minute: 1 });
    s = send(s, { type: 'PLAN', office: 'policeChief', minute: 2 });
    expect(s.can({ type: 'APPROVE', office: 'policeChief', minute: 3 })).toBe(false);
    expect(s.can({ type: 'APPROVE', office: 'ministerJenV', minute: 3 })).toBe(true);
  });

  it('reaches every stage (path coverage)', () => {
    const events: DsiEvent[] = [
      { type: 'REQUEST', office: 'policeChief', minute: 1 },
      { type: 'PLAN', office: 'policeChief', minute: 1 },
      { type: 'APPROVE', office: 'ministerJenV', minute: 1 },
      { type: 'APPROVE', office: 'policeChief', minute: 1 },
      { type: 'DEPLOY', office: 'policeChief', minute: 1 },
      { type: 'COMPLETE', office: 'chiefPublicProsecutor', minute: 1 },
    ];
    expect([...reachedLeaves(dsiMachine, events)].sort()).toEqual(declaredLeaves(dsiMachine));
    expect(declaredLeaves(dsiMachine)).toEqual([...DSI_STAGES].sort());
  });
});
