import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { aftercareMachine, type AftercareEvent } from '../../../src/engine/machines/aftercare.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(aftercareMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: AftercareEvent) => transition(aftercareMachine, s, e)[0];

describe('aftercare machine', () => {
  it('starts with nothing open', () => {
    expect(start().value).toEqual({ iac: 'closed', registration: 'off', outreach: 'off', responders: 'off' });
  });

  it('opens the IAC by the municipal secretary and starts victim registration by the GHOR, independently', () => {
    let s = send(start(), { type: 'OPEN_IAC', office: 'municipalSecretary', minute: 50 });
    s = send(s, { type: 'REGISTER_VICTIMS', office: 'ghor', minute: 55 });
    expect(s.value).toEqual({ iac: 'open', registration: 'on', outreach: 'off', responders: 'off' });
    expect(s.context).toMatchObject({ iacOpenedAt: 50, registrationAt: 55 });
  });

  it('refuses victim registration from the mayor: the GHOR registers', () => {
    expect(start().can({ type: 'REGISTER_VICTIMS', office: 'mayor', minute: 1 })).toBe(false);
  });

  it('does not open what is already open', () => {
    const s = send(start(), { type: 'OPEN_IAC', office: 'mayor', minute: 1 });
    expect(s.can({ type: 'OPEN_IAC', office: 'mayor', minute: 2 })).toBe(false);
  });

  it('reaches every state of every region (path coverage)', () => {
    const events: AftercareEvent[] = [
      { type: 'OPEN_IAC', office: 'mayor', minute: 1 },
      { type: 'REGISTER_VICTIMS', office: 'ghor', minute: 1 },
      { type: 'OUTREACH', office: 'municipalSecretary', minute: 1 },
      { type: 'RESPONDER_AFTERCARE', office: 'fireService', minute: 1 },
    ];
    expect([...reachedLeaves(aftercareMachine, events)].sort()).toEqual(declaredLeaves(aftercareMachine));
  });
});
