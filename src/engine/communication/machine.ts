// The public-communication lifecycle: silent → first message → updates → action advice in force →
// advice withdrawn (→ updates again). The engine advances it with XState's pure `transition()` and keeps
// the snapshot as JSON in the exercise state, so there are no timers and no side effects: only assign.
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { CommunicationStage } from '../scenario/vocabulary.js';

export type CommunicationEvent =
  | { readonly type: 'PUBLISH'; readonly hasActionAdvice: boolean; readonly minute: number }
  | { readonly type: 'WITHDRAW_ADVICE'; readonly minute: number };

export interface CommunicationContext {
  /** Scenario minute of the first public message; the timeliness criterion measures to it. */
  readonly firstMessageAt: number | null;
  readonly messageCount: number;
  /** Scenario minute since which an action advice is in force; null while none is. */
  readonly adviceSince: number | null;
}

export const INITIAL_COMMUNICATION_CONTEXT: CommunicationContext = { firstMessageAt: null, messageCount: 0, adviceSince: null };

export const communicationMachine = setup({
  types: {
    context: {} as CommunicationContext,
    events: {} as CommunicationEvent,
  },
  guards: {
    carriesAdvice: ({ event }) => event.type === 'PUBLISH' && event.hasActionAdvice,
  },
  actions: {
    recordMessage: assign(({ context, event }) => ({
      firstMessageAt: context.firstMessageAt ?? event.minute,
      messageCount: context.messageCount + 1,
    })),
    // A repeated or revised advice keeps the original start: the public has been told to act since then.
    startAdvice: assign(({ context, event }) => ({ adviceSince: context.adviceSince ?? event.minute })),
    endAdvice: assign({ adviceSince: null }),
  },
}).createMachine({
  id: 'communication',
  initial: 'silent',
  context: INITIAL_COMMUNICATION_CONTEXT,
  states: {
    silent: {
      on: {
        PUBLISH: [
          { guard: 'carriesAdvice', target: 'actionAdvice', actions: ['recordMessage', 'startAdvice'] },
          { target: 'firstMessage', actions: 'recordMessage' },
        ],
      },
    },
    firstMessage: {
      on: {
        PUBLISH: [
          { guard: 'carriesAdvice', target: 'actionAdvice', actions: ['recordMessage', 'startAdvice'] },
          { target: 'updates', actions: 'recordMessage' },
        ],
      },
    },
    updates: {
      on: {
        PUBLISH: [
          { guard: 'carriesAdvice', target: 'actionAdvice', actions: ['recordMessage', 'startAdvice'] },
          { actions: 'recordMessage' },
        ],
      },
    },
    actionAdvice: {
      on: {
        PUBLISH: { actions: ['recordMessage', 'startAdvice'] },
        WITHDRAW_ADVICE: { target: 'withdrawn', actions: 'endAdvice' },
      },
    },
    withdrawn: {
      on: {
        PUBLISH: [
          { guard: 'carriesAdvice', target: 'actionAdvice', actions: ['recordMessage', 'startAdvice'] },
          { target: 'updates', actions: 'recordMessage' },
        ],
      },
    },
  },
});

export type CommunicationSnapshot = SnapshotFrom<typeof communicationMachine>;

export function communicationStage(snapshot: CommunicationSnapshot): CommunicationStage {
  return snapshot.value;
}

/** Only an advice in force can be withdrawn; the engine refuses the command otherwise. */
export function canWithdrawAdvice(snapshot: CommunicationSnapshot): boolean {
  return snapshot.value === 'actionAdvice';
}

/** The JSON form kept in the exercise state: the stage and the context, nothing live. */
export interface StoredCommunication {
  readonly value: CommunicationStage;
  readonly context: CommunicationContext;
}

export function storeCommunication(snapshot: CommunicationSnapshot): StoredCommunication {
  return { value: snapshot.value, context: { ...snapshot.context } };
}

export function restoreCommunication(stored: StoredCommunication): CommunicationSnapshot {
  return communicationMachine.resolveState({ value: stored.value, context: { ...stored.context } });
}
