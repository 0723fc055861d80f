// The exercise flow (DESIGN.md "The engine"): setup → briefing → rounds (deliver → decide → resolve)
// ⇄ paused → hotwash → debrief → ended. Delivering and resolving happen inside one command, so a
// session at rest is always in setup, briefing, rounds.decide, paused, hotwash, debrief or ended.
import { setup, transition, type SnapshotFrom } from 'xstate';

export type FlowEvent =
  | { type: 'START' }
  | { type: 'BEGIN' }
  | { type: 'DELIVERED' }
  | { type: 'ADVANCE' }
  | { type: 'NEXT' }
  | { type: 'FINISH' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'END' }
  | { type: 'DEBRIEF' }
  | { type: 'CLOSE' };

export const flowMachine = setup({ types: { events: {} as FlowEvent } }).createMachine({
  id: 'flow',
  initial: 'setup',
  states: {
    setup: { on: { START: 'briefing' } },
    // Players read their role cards; nothing has happened in the scenario yet.
    briefing: { on: { BEGIN: 'rounds', END: 'hotwash' } },
    rounds: {
      initial: 'deliver',
      on: { END: 'hotwash' },
      states: {
        deliver: { on: { DELIVERED: 'decide' } },
        decide: { on: { ADVANCE: 'resolve', PAUSE: '#flow.paused' } },
        resolve: { on: { NEXT: 'deliver', FINISH: '#flow.hotwash' } },
      },
    },
    // Pausing stops nothing in the model (there are no timers); it only refuses play until resumed.
    paused: { on: { RESUME: 'rounds.decide', END: 'hotwash' } },
    // The hotwash: play has stopped; the room talks before the scored debrief opens.
    hotwash: { on: { DEBRIEF: 'debrief' } },
    debrief: { on: { CLOSE: 'ended' } },
    ended: { type: 'final' },
  },
});

export type FlowValue = 'setup' | 'briefing' | 'deliver' | 'decide' | 'resolve' | 'paused' | 'hotwash' | 'debrief' | 'ended';

type FlowSnapshot = SnapshotFrom<typeof flowMachine>;

function toXState(value: FlowValue): Parameters<typeof flowMachine.resolveState>[0]['value'] {
  return value === 'deliver' || value === 'decide' || value === 'resolve' ? { rounds: value } : value;
}

function fromXState(s: FlowSnapshot): FlowValue {
  const v = s.value;
  return (typeof v === 'string' ? v : (v.rounds as FlowValue)) as FlowValue;
}

const resolved = new Map<FlowValue, FlowSnapshot>();
const steps = new Map<string, FlowValue | null>();

/** Move the flow, or return null when the event is not allowed in this phase. The machine is tiny and
 *  fixed, so each (phase, event) answer is computed once. */
export function flowStep(value: FlowValue, type: FlowEvent['type']): FlowValue | null {
  const key = `${value}|${type}`;
  const known = steps.get(key);
  if (known !== undefined) return known;
  const next = computeStep(value, type);
  steps.set(key, next);
  return next;
}

function computeStep(value: FlowValue, type: FlowEvent['type']): FlowValue | null {
  let snap = resolved.get(value);
  if (!snap) {
    snap = flowMachine.resolveState({ value: toXState(value), context: {} });
    resolved.set(value, snap);
  }
  if (!snap.can({ type } as FlowEvent)) return null;
  const [next] = transition(flowMachine, snap, { type } as FlowEvent);
  return fromXState(next);
}
