// Incident lifecycle: quiet → notified → confirmed → contained → recovery → closed.
// Terrorism differs from other incidents in that the first notification is often unclear (DOMAIN.md §3),
// so "notified" and "confirmed as a (possible) attack" are separate steps; times are measured from them.
import { assign, setup } from 'xstate';
import type { IncidentStage } from '../scenario/vocabulary.js';
import { authorised, type Acting } from './acting.js';

export type IncidentContext = {
  readonly notifiedAt: number | null;
  readonly confirmedAt: number | null;
  readonly containedAt: number | null;
  readonly recoveryAt: number | null;
  readonly closedAt: number | null;
};

export type IncidentEvent =
  /** The first-notification inject: the control room reports; no office decides that. */
  | { readonly type: 'NOTIFY'; readonly minute: number }
  | ({ readonly type: 'CONFIRM' } & Acting)
  | ({ readonly type: 'CONTAIN' } & Acting)
  | ({ readonly type: 'START_RECOVERY' } & Acting)
  /** The exercise closes the incident when it ends; no office decides that either. */
  | { readonly type: 'CLOSE'; readonly minute: number };

type Stamp = { readonly field: keyof IncidentContext };

export const incidentMachine = setup({
  types: { context: {} as IncidentContext, events: {} as IncidentEvent },
  guards: {
    mayConfirm: ({ event }) => event.type === 'CONFIRM' && authorised(event, { action: 'confirmIncident' }),
    mayContain: ({ event }) => event.type === 'CONTAIN' && authorised(event, { action: 'declareContained' }),
    mayStartRecovery: ({ event }) => event.type === 'START_RECOVERY' && authorised(event, { action: 'startRecovery' }),
  },
  actions: {
    stamp: assign(({ context, event }, params: Stamp) => ({ ...context, [params.field]: event.minute })),
  },
}).createMachine({
  id: 'incident',
  initial: 'quiet',
  context: { notifiedAt: null, confirmedAt: null, containedAt: null, recoveryAt: null, closedAt: null },
  states: {
    quiet: { on: { NOTIFY: { target: 'notified', actions: { type: 'stamp', params: { field: 'notifiedAt' } } } } },
    notified: {
      on: { CONFIRM: { guard: 'mayConfirm', target: 'confirmed', actions: { type: 'stamp', params: { field: 'confirmedAt' } } } },
    },
    confirmed: {
      on: { CONTAIN: { guard: 'mayContain', target: 'contained', actions: { type: 'stamp', params: { field: 'containedAt' } } } },
    },
    contained: {
      on: {
        START_RECOVERY: { guard: 'mayStartRecovery', target: 'recovery', actions: { type: 'stamp', params: { field: 'recoveryAt' } } },
      },
    },
    recovery: { on: { CLOSE: { target: 'closed', actions: { type: 'stamp', params: { field: 'closedAt' } } } } },
    closed: {},
  },
});

export type IncidentValue = IncidentStage;
