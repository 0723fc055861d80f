import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import {
  canWithdrawAdvice,
  communicationMachine,
  communicationStage,
  restoreCommunication,
  storeCommunication,
  type CommunicationEvent,
  type CommunicationSnapshot,
} from '../../../src/engine/communication/machine.js';
import { COMMUNICATION_STAGES } from '../../../src/engine/scenario/vocabulary.js';

const update = (minute: number): CommunicationEvent => ({ type: 'PUBLISH', hasActionAdvice: false, minute });
const advice = (minute: number): CommunicationEvent => ({ type: 'PUBLISH', hasActionAdvice: true, minute });
const withdraw = (minute: number): CommunicationEvent => ({ type: 'WITHDRAW_ADVICE', minute });

function run(...events: CommunicationEvent[]): CommunicationSnapshot {
  let [snapshot] = initialTransition(communicationMachine);
  for (const event of events) [snapshot] = transition(communicationMachine, snapshot, event);
  return snapshot;
}

describe('the public-communication lifecycle', () => {
  it('starts silent, with no message and no advice', () => {
    const s = run();
    expect(communicationStage(s)).toBe('silent');
    expect(s.context).toEqual({ firstMessageAt: null, messageCount: 0, adviceSince: null });
  });

  it('records the minute of the first message and moves to firstMessage', () => {
    const s = run(update(12));
    expect(communicationStage(s)).toBe('firstMessage');
    expect(s.context).toEqual({ firstMessageAt: 12, messageCount: 1, adviceSince: null });
  });

  it('moves to updates on the second message and keeps the first-message minute', () => {
    const s = run(update(12), update(25), update(40));
    expect(communicationStage(s)).toBe('updates');
    expect(s.context).toEqual({ firstMessageAt: 12, messageCount: 3, adviceSince: null });
  });

  it('puts an action advice in force when a message carries one, even as the very first message', () => {
    const s = run(advice(8));
    expect(communicationStage(s)).toBe('actionAdvice');
    expect(s.context).toEqual({ firstMessageAt: 8, messageCount: 1, adviceSince: 8 });
  });

  it('keeps the advice start when later messages repeat or revise the advice', () => {
    const s = run(update(5), advice(15), advice(30), update(45));
    expect(communicationStage(s)).toBe('actionAdvice');
    expect(s.context).toEqual({ firstMessageAt: 5, messageCount: 4, adviceSince: 15 });
  });

  it('withdraws the advice, and later plain updates go back to updates', () => {
    const withdrawn = run(update(5), advice(15), withdraw(60));
    expect(communicationStage(withdrawn)).toBe('withdrawn');
    expect(withdrawn.context.adviceSince).toBeNull();
    const after = run(update(5), advice(15), withdraw(60), update(70));
    expect(communicationStage(after)).toBe('updates');
    expect(after.context.messageCount).toBe(3);
  });

  it('can put a new advice in force after one was withdrawn', () => {
    const s = run(advice(10), withdraw(40), advice(55));
    expect(communicationStage(s)).toBe('actionAdvice');
    expect(s.context.adviceSince).toBe(55);
  });

  it('ignores a withdrawal while no advice is in force', () => {
    for (const events of [[], [update(5)], [update(5), update(9)], [advice(5), withdraw(9)]]) {
      const before = run(...events);
      const after = run(...events, withdraw(20));
      expect(after.value).toBe(before.value);
      expect(after.context).toEqual(before.context);
      expect(canWithdrawAdvice(before)).toBe(false);
    }
    expect(canWithdrawAdvice(run(advice(5)))).toBe(true);
  });

  it('survives a JSON round trip of its stored form', () => {
    const s = run(update(5), advice(15));
    const stored = JSON.parse(JSON.stringify(storeCommunication(s))) as ReturnType<typeof storeCommunication>;
    const restored = restoreCommunication(stored);
    const [next] = transition(communicationMachine, restored, withdraw(30));
    expect(communicationStage(next)).toBe('withdrawn');
    expect(next.context).toEqual({ firstMessageAt: 5, messageCount: 2, adviceSince: null });
  });
});

describe('path coverage of the lifecycle', () => {
  const events: CommunicationEvent[] = [update(10), advice(10), withdraw(10)];
  const byStage = { serializeState: (s: CommunicationSnapshot) => String(s.value), serializeEvent: (e: CommunicationEvent) => JSON.stringify(e) };

  it('reaches every stage the vocabulary names, and no other', () => {
    const paths = getShortestPaths(communicationMachine, { events, ...byStage });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...COMMUNICATION_STAGES].sort());
  });

  it('has exactly the transitions of the lifecycle for each stage and event', () => {
    const edges = adjacencyMapToArray(getAdjacencyMap(communicationMachine, { events, ...byStage }));
    const table: Record<string, Record<string, string>> = {};
    for (const { state, event, nextState } of edges) {
      const name = event.type === 'PUBLISH' ? (event.hasActionAdvice ? 'advice' : 'update') : 'withdraw';
      (table[String(state.value)] ??= {})[name] = String(nextState.value);
    }
    expect(table).toEqual({
      silent: { update: 'firstMessage', advice: 'actionAdvice', withdraw: 'silent' },
      firstMessage: { update: 'updates', advice: 'actionAdvice', withdraw: 'firstMessage' },
      updates: { update: 'updates', advice: 'actionAdvice', withdraw: 'updates' },
      actionAdvice: { update: 'actionAdvice', advice: 'actionAdvice', withdraw: 'withdrawn' },
      withdrawn: { update: 'updates', advice: 'actionAdvice', withdraw: 'withdrawn' },
    });
  });
});
