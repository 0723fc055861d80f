// Helpers for the machine tests: path coverage with xstate/graph, and the leaf states a snapshot is in.
import type { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, InputFrom, StateValue } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

/** Leaf state paths of a state value, e.g. "grip3" or "iac.open". */
export function leaves(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : leaves(v, `${prefix}${k}.`)));
}

/** Every leaf state the machine can reach with exactly these events (no implicit event discovery). */
export function reachedLeaves<M extends AnyStateMachine>(machine: M, events: readonly EventFromLogic<M>[], input?: InputFrom<M>): Set<string> {
  const paths = getShortestPaths(machine, { events: [...events], ...(input === undefined ? {} : { input }) });
  return new Set(paths.flatMap((p) => leaves((p.state as AnyMachineSnapshot).value)));
}

/** Every leaf state declared in the machine definition. */
export function declaredLeaves(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  const walk = (node: AnyStateMachine['root'], prefix: string): void => {
    const children = Object.values(node.states) as AnyStateMachine['root'][];
    if (children.length === 0) out.push(prefix.slice(0, -1));
    for (const child of children) walk(child, `${prefix}${child.key}.`);
  };
  walk(machine.root, '');
  return out.sort();
}
