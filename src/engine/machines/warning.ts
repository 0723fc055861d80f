// Warning the public by NL-Alert (DOMAIN.md §4): cell broadcast to a defined area, for life-threatening
// situations, built from an action-advice block (what, where, until when: COT on Utrecht 2019). A new
// alert while one is in force replaces it (a follow-up message); a withdrawn advice can be renewed.
// No counter in the context: the engine logs every alert, and a finite context keeps path coverage finite.
import { assign, setup } from 'xstate';
import { authorised, type Acting } from './acting.js';

export type WarningContext = {
  readonly area: string | null;
  readonly advice: string | null;
  readonly sentAt: number | null;
  readonly withdrawnAt: number | null;
};
export type WarningEvent =
  | ({ readonly type: 'SEND'; readonly area: string; readonly advice: string } & Acting)
  | ({ readonly type: 'WITHDRAW' } & Acting);
export type WarningValue = 'none' | 'inForce' | 'withdrawn';

export const warningMachine = setup({
  types: { context: {} as WarningContext, events: {} as WarningEvent },
  guards: {
    maySend: ({ event }) => event.type === 'SEND' && authorised(event, { action: 'sendNlAlert', area: event.area, advice: event.advice }),
    mayWithdraw: ({ event }) => authorised(event, { action: 'withdrawAdvice' }),
  },
  actions: {
    send: assign(({ event }) => (event.type === 'SEND' ? { area: event.area, advice: event.advice, sentAt: event.minute, withdrawnAt: null } : {})),
    withdraw: assign(({ event }) => ({ withdrawnAt: event.minute })),
  },
}).createMachine({
  id: 'warning',
  initial: 'none',
  context: { area: null, advice: null, sentAt: null, withdrawnAt: null },
  states: {
    none: { on: { SEND: { guard: 'maySend', target: 'inForce', actions: 'send' } } },
    inForce: {
      on: {
        SEND: { guard: 'maySend', target: 'inForce', reenter: true, actions: 'send' },
        WITHDRAW: { guard: 'mayWithdraw', target: 'withdrawn', actions: 'withdraw' },
      },
    },
    withdrawn: { on: { SEND: { guard: 'maySend', target: 'inForce', actions: 'send' } } },
  },
});
