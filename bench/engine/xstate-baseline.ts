// The baseline for applyCommand: the same command sequence's machine transitions, done with nothing but
// XState's pure transition(). The engine's structure and communication transitions are recorded as the
// engine makes them (each machine's `transition` method is wrapped for one recording pass); the exercise
// flow's events follow from the events each command emitted, because the engine remembers flow steps
// instead of re-running them. The bare run is checked to end where the engine ended, so the baseline
// does the same statechart work the engine did, and the ratio is the engine's own overhead on top.
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { communicationMachine } from '../../src/engine/communication/machine.js';
import { flowMachine, type FlowEvent } from '../../src/engine/machines/flow.js';
import { applyCommand } from '../../src/engine/index.js';
import { MACHINES as STRUCTURE } from '../../src/engine/machines/structure.js';
import type { Command, EngineEvent, ExerciseState } from '../../src/engine/session/types.js';
import { startOf, type Sequence } from './sequences.js';

type Concern = keyof typeof STRUCTURE;
type Slot = Concern | 'communication' | 'flow';

const MACHINES: Readonly<Record<Slot, AnyStateMachine>> = { ...STRUCTURE, communication: communicationMachine, flow: flowMachine };
const CONCERNS = Object.keys(STRUCTURE) as Concern[];

export interface BareTransition {
  readonly slot: Slot;
  readonly event: EventObject;
}

export interface BareScript {
  readonly start: Readonly<Record<Slot, AnyMachineSnapshot>>;
  readonly transitions: readonly BareTransition[];
}

/** The flow events behind one command, read from the events it emitted (see rounds.ts and run-room.ts). */
export function flowEventsOf(command: Command, events: readonly EngineEvent[]): FlowEvent['type'][] {
  const out: FlowEvent['type'][] = [];
  if (command.type === 'beginRounds') out.push('BEGIN');
  let resolved = false;
  for (const e of events) {
    switch (e.kind) {
      case 'briefingStarted':
        out.push('START');
        break;
      case 'roundResolved':
        out.push('ADVANCE');
        resolved = true;
        break;
      case 'roundStarted':
        if (resolved) out.push('NEXT');
        out.push('DELIVERED');
        resolved = false;
        break;
      case 'exerciseEnded':
        out.push(command.type === 'end' ? 'END' : 'FINISH');
        break;
      case 'paused':
        out.push('PAUSE');
        break;
      case 'resumed':
        out.push('RESUME');
        break;
      case 'debriefOpened':
        out.push('DEBRIEF');
        break;
      case 'sessionClosed':
        out.push('CLOSE');
        break;
    }
  }
  return out;
}

function startSnapshots(state: ExerciseState): Record<Slot, AnyMachineSnapshot> {
  const out = {} as Record<Slot, AnyMachineSnapshot>;
  for (const c of CONCERNS) out[c] = MACHINES[c].resolveState(state.structure[c] as never);
  out.communication = communicationMachine.resolveState(state.communication as never);
  out.flow = flowMachine.resolveState({ value: 'setup', context: {} });
  return out;
}

/** Apply the sequence once through the engine and write down every machine transition it makes. */
export function recordScript(seq: Sequence): BareScript {
  if (seq.commands.some((c) => c.type === 'undo')) throw new Error(`${seq.name}: undo rebuilds from the log; the baseline needs a log without it`);
  const transitions: BareTransition[] = [];
  const restore: (() => void)[] = [];
  for (const slot of [...CONCERNS, 'communication'] as const) {
    const machine = MACHINES[slot] as AnyStateMachine & { transition: AnyStateMachine['transition'] };
    const own = Object.getOwnPropertyDescriptor(machine, 'transition');
    const original = machine.transition;
    machine.transition = function (this: AnyStateMachine, ...args: Parameters<AnyStateMachine['transition']>) {
      transitions.push({ slot, event: args[1] });
      return original.apply(this, args);
    };
    restore.push(() => {
      if (own) Object.defineProperty(machine, 'transition', own);
      else delete (machine as Partial<typeof machine>).transition;
    });
  }
  // On a copy of the scenario: the structure machines remember their answers per persisted state, and the states of
  // a scenario's sessions are shared (machines/structure.ts), so on the scenario the sequence was played on every
  // step would be remembered and none recorded. A copy starts from a structure of its own, so every transition is
  // made by XState and written down here: the baseline is all the statechart work, remembered or not.
  const scenario = structuredClone(seq.scenario);
  const first = startOf({ ...seq, scenario });
  let state = first;
  try {
    for (const command of seq.commands) {
      const r = applyCommand(scenario, state, command);
      if (!r.ok) throw new Error(`${seq.name}: command ${state.log.length + 1} refused (${r.refusal.code})`);
      for (const type of flowEventsOf(command, r.events)) transitions.push({ slot: 'flow', event: { type } });
      state = r.state;
    }
  } finally {
    for (const undo of restore) undo();
  }
  const script = { start: startSnapshots(first), transitions };
  checkEndsLikeEngine(seq.name, script, state);
  return script;
}

/** The baseline itself: every transition, in order, with bare transition() calls. */
export function runBare(script: BareScript): Record<Slot, AnyMachineSnapshot> {
  const snaps = { ...script.start };
  for (const t of script.transitions) snaps[t.slot] = transition(MACHINES[t.slot], snaps[t.slot], t.event)[0];
  return snaps;
}

function flowPhase(snap: AnyMachineSnapshot): string {
  const v = snap.value as string | { rounds: string };
  return typeof v === 'string' ? v : v.rounds;
}

/** A baseline that ends elsewhere than the engine did would measure different work: refuse it. */
function checkEndsLikeEngine(name: string, script: BareScript, engine: ExerciseState): void {
  const bare = runBare(script);
  const differs: string[] = [];
  for (const c of CONCERNS) if (JSON.stringify(bare[c].value) !== JSON.stringify(engine.structure[c].value)) differs.push(c);
  if (JSON.stringify(bare.communication.value) !== JSON.stringify(engine.communication.value)) differs.push('communication');
  if (flowPhase(bare.flow) !== engine.phase) differs.push(`flow (${flowPhase(bare.flow)} ≠ ${engine.phase})`);
  if (differs.length > 0) throw new Error(`${name}: the bare XState baseline ends elsewhere than the engine: ${differs.join(', ')}`);
}
