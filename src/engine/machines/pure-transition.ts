// XState's pure `transition(machine, snapshot, event)` builds a fresh inert actor scope on every call,
// which means computing the machine's initial snapshot each time: most of a command's cost. Our
// machines have no invoked actors, no delays and no side effects besides `assign`, so one inert scope
// per machine serves every call, and the result is the same next snapshot.
import { createActor, type AnyActorScope, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

function scopeOf(machine: AnyStateMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // Never started: the actor only lends the scope its identity and (empty) system.
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => undefined,
      defer: () => undefined,
      emit: () => undefined,
      system: self.system,
      stopChild: () => undefined,
      actionExecutor: () => undefined,
    };
    scopes.set(machine, scope);
  }
  return scope;
}

export function pureTransition<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>): SnapshotFrom<M> {
  return machine.transition(snapshot, event, scopeOf(machine)) as SnapshotFrom<M>;
}
