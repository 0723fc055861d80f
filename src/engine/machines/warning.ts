// Warning the public by NL-Alert (DOMAIN.md §4): cell broadcast to a defined area, for life-threatening
// situations, built from an action-advice block (what, where, until when: COT on Utrecht 2019). A new
// alert while one is in force replaces it (a follow-up message); a withdrawn advice can be renewed.
// The competent authority decides and someone else sends: the meldkamer a regional alert, the NCTV/NCC a
// national one, decided by the Minister of JenV (rijksoverheid.nl 2024). Who decided is recorded.
// No counter in the context: the engine logs every alert, and a finite context keeps path coverage finite.
import { assign, setup } from 'xstate';
import type { Office } from '../scenario/vocabulary.js';
import { authorised, type Acting } from './acting.js';

/** Who sends the alert the authority decided: the meldkamer (regional) or the NCC (national). */
export type NlAlertSender = 'meldkamer' | 'ncc';

export type WarningContext = {
  readonly area: string | null;
  readonly advice: string | null;
  /** A national alert (decided by the Minister of JenV, sent by the NCTV/NCC). */
  readonly national: boolean;
  readonly decidedBy: Office | null;
  readonly sentAt: number | null;
  readonly withdrawnAt: number | null;
};
export type WarningEvent =
  | ({ readonly type: 'SEND'; readonly area: string; readonly advice: string; readonly national?: boolean } & Acting)
  | ({ readonly type: 'WITHDRAW' } & Acting);
export type WarningValue = 'none' | 'inForce' | 'withdrawn';

export const warningMachine = setup({
  types: { context: {} as WarningContext, events: {} as WarningEvent },
  guards: {
    maySend: ({ event }) =>
      event.type === 'SEND' && authorised(event, { action: 'sendNlAlert', area: event.area, advice: event.advice, ...(event.national ? { national: true } : {}) }),
    // A national alert's advice is withdrawn nationally: the situation says which alert is in force.
    mayWithdraw: ({ context, event }) => authorised(event, { action: 'withdrawAdvice' }, { nationalAlert: context.national }),
  },
  actions: {
    send: assign(({ event }) =>
      event.type === 'SEND'
        ? { area: event.area, advice: event.advice, national: event.national === true, decidedBy: event.office, sentAt: event.minute, withdrawnAt: null }
        : {},
    ),
    withdraw: assign(({ event }) => ({ withdrawnAt: event.minute })),
  },
}).createMachine({
  id: 'warning',
  initial: 'none',
  context: { area: null, advice: null, national: false, decidedBy: null, sentAt: null, withdrawnAt: null },
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

export function senderOf(context: WarningContext): NlAlertSender {
  return context.national ? 'ncc' : 'meldkamer';
}
