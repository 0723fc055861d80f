// DSI (Dienst Speciale Interventies): request → operational plan → approval → deployment → done.
// The competent authority requests, the head of the DSI draws up the plan (Regeling DSI art. 7(1)) and it is
// approved by whoever decides on the request: the Minister of JenV or the chair of the College van
// procureurs-generaal (art. 7(3), DOMAIN.md §4); the approval step cannot be skipped, even in an emergency
// (then it is given by phone, in minutes).
import { assign, setup } from 'xstate';
import type { DsiStage, Office } from '../scenario/vocabulary.js';
import { authorised, type Acting } from './acting.js';

export type DsiContext = {
  readonly requestedAt: number | null;
  readonly plannedAt: number | null;
  readonly approvedAt: number | null;
  readonly approvedBy: Office | null;
  readonly deployedAt: number | null;
  readonly doneAt: number | null;
};
export type DsiEvent =
  | ({ readonly type: 'REQUEST' } & Acting)
  | ({ readonly type: 'PLAN' } & Acting)
  | ({ readonly type: 'APPROVE' } & Acting)
  | ({ readonly type: 'DEPLOY' } & Acting)
  | ({ readonly type: 'COMPLETE' } & Acting);
export type DsiValue = DsiStage;

export const dsiMachine = setup({
  types: { context: {} as DsiContext, events: {} as DsiEvent },
  guards: {
    mayRequest: ({ event }) => authorised(event, { action: 'requestDsi' }),
    mayPlan: ({ event }) => authorised(event, { action: 'planDsi' }),
    mayApprove: ({ event }) => authorised(event, { action: 'approveDsi' }),
    mayDeploy: ({ event }) => authorised(event, { action: 'deployDsi' }),
    mayComplete: ({ event }) => authorised(event, { action: 'completeDsi' }),
  },
  actions: {
    requested: assign(({ event }) => ({ requestedAt: event.minute })),
    planned: assign(({ event }) => ({ plannedAt: event.minute })),
    approved: assign(({ event }) => ({ approvedAt: event.minute, approvedBy: event.office })),
    deployed: assign(({ event }) => ({ deployedAt: event.minute })),
    done: assign(({ event }) => ({ doneAt: event.minute })),
  },
}).createMachine({
  id: 'dsi',
  initial: 'none',
  context: { requestedAt: null, plannedAt: null, approvedAt: null, approvedBy: null, deployedAt: null, doneAt: null },
  states: {
    none: { on: { REQUEST: { guard: 'mayRequest', target: 'requested', actions: 'requested' } } },
    requested: { on: { PLAN: { guard: 'mayPlan', target: 'planned', actions: 'planned' } } },
    planned: { on: { APPROVE: { guard: 'mayApprove', target: 'approved', actions: 'approved' } } },
    approved: { on: { DEPLOY: { guard: 'mayDeploy', target: 'deployed', actions: 'deployed' } } },
    deployed: { on: { COMPLETE: { guard: 'mayComplete', target: 'done', actions: 'done' } } },
    done: {},
  },
});
