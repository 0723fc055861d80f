// Aftercare (nazorg, DOMAIN.md §4): the municipality opens an information and advice centre (IAC) as
// the one contact point victims want; the GHOR registers victims; the affected are less self-reliant
// than assumed, so the municipality reaches out; responders get aftercare too. Each starts once and
// runs for the rest of the exercise, so the regions only move forward.
import { assign, setup } from 'xstate';
import { authorised, type Acting } from './acting.js';

export type AftercareContext = {
  readonly iacOpenedAt: number | null;
  readonly registrationAt: number | null;
  readonly outreachAt: number | null;
  readonly respondersAt: number | null;
};
export type AftercareEvent =
  | ({ readonly type: 'OPEN_IAC' } & Acting)
  | ({ readonly type: 'REGISTER_VICTIMS' } & Acting)
  | ({ readonly type: 'OUTREACH' } & Acting)
  | ({ readonly type: 'RESPONDER_AFTERCARE' } & Acting);
export type AftercareValue = {
  readonly iac: 'closed' | 'open';
  readonly registration: 'off' | 'on';
  readonly outreach: 'off' | 'on';
  readonly responders: 'off' | 'on';
};

export const aftercareMachine = setup({
  types: { context: {} as AftercareContext, events: {} as AftercareEvent },
  guards: {
    mayOpenIac: ({ event }) => authorised(event, { action: 'openIac' }),
    mayRegister: ({ event }) => authorised(event, { action: 'registerVictims' }),
    mayReachOut: ({ event }) => authorised(event, { action: 'outreach' }),
    mayCareForResponders: ({ event }) => authorised(event, { action: 'responderAftercare' }),
  },
  actions: {
    iacOpened: assign(({ event }) => ({ iacOpenedAt: event.minute })),
    registrationStarted: assign(({ event }) => ({ registrationAt: event.minute })),
    outreachStarted: assign(({ event }) => ({ outreachAt: event.minute })),
    respondersCaredFor: assign(({ event }) => ({ respondersAt: event.minute })),
  },
}).createMachine({
  id: 'aftercare',
  type: 'parallel',
  context: { iacOpenedAt: null, registrationAt: null, outreachAt: null, respondersAt: null },
  states: {
    iac: {
      initial: 'closed',
      states: { closed: { on: { OPEN_IAC: { guard: 'mayOpenIac', target: 'open', actions: 'iacOpened' } } }, open: {} },
    },
    registration: {
      initial: 'off',
      states: { off: { on: { REGISTER_VICTIMS: { guard: 'mayRegister', target: 'on', actions: 'registrationStarted' } } }, on: {} },
    },
    outreach: {
      initial: 'off',
      states: { off: { on: { OUTREACH: { guard: 'mayReachOut', target: 'on', actions: 'outreachStarted' } } }, on: {} },
    },
    responders: {
      initial: 'off',
      states: { off: { on: { RESPONDER_AFTERCARE: { guard: 'mayCareForResponders', target: 'on', actions: 'respondersCaredFor' } } }, on: {} },
    },
  },
});
