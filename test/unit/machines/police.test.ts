import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { policeMachine, type PoliceEvent } from '../../../src/engine/machines/police.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(policeMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: PoliceEvent) => transition(policeMachine, s, e)[0];

describe('police machine (driehoek and SGBO)', () => {
  it('starts with both inactive', () => {
    expect(start().value).toEqual({ driehoek: 'inactive', SGBO: 'inactive' });
  });

  it('lets the chief public prosecutor call the driehoek, which the mayor chairs', () => {
    const s = send(start(), { type: 'CONVENE', team: 'driehoek', office: 'chiefPublicProsecutor', minute: 7 });
    expect(s.value).toEqual({ driehoek: 'active', SGBO: 'inactive' });
    expect(s.context.teams.driehoek).toEqual({ chair: 'mayor', since: 7 });
  });

  it('runs the SGBO in parallel, under the police chief only', () => {
    let s = send(start(), { type: 'CONVENE', team: 'SGBO', office: 'mayor', minute: 1 });
    expect(s.value).toEqual({ driehoek: 'inactive', SGBO: 'inactive' });
    s = send(s, { type: 'CONVENE', team: 'SGBO', office: 'policeChief', minute: 2 });
    s = send(s, { type: 'CONVENE', team: 'driehoek', office: 'mayor', minute: 3 });
    expect(s.value).toEqual({ driehoek: 'active', SGBO: 'active' });
    expect(s.context.teams.SGBO).toEqual({ chair: 'policeChief', since: 2 });
  });

  it('stands a team down and forgets its chair', () => {
    let s = send(start(), { type: 'CONVENE', team: 'driehoek', office: 'mayor', minute: 1 });
    expect(s.can({ type: 'STAND_DOWN', team: 'driehoek', office: 'ghor', minute: 2 })).toBe(false);
    s = send(s, { type: 'STAND_DOWN', team: 'driehoek', office: 'policeChief', minute: 2 });
    expect(s.value).toEqual({ driehoek: 'inactive', SGBO: 'inactive' });
    expect(s.context.teams.driehoek).toEqual({ chair: null, since: null });
  });

  it('reaches every state of both regions (path coverage)', () => {
    const events: PoliceEvent[] = [
      { type: 'CONVENE', team: 'driehoek', office: 'mayor', minute: 1 },
      { type: 'CONVENE', team: 'SGBO', office: 'policeChief', minute: 1 },
      { type: 'STAND_DOWN', team: 'driehoek', office: 'mayor', minute: 2 },
      { type: 'STAND_DOWN', team: 'SGBO', office: 'policeChief', minute: 2 },
    ];
    expect([...reachedLeaves(policeMachine, events)].sort()).toEqual(declaredLeaves(policeMachine));
  });
});
